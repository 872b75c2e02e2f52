package org.stocktake.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Messages;
import org.stocktake.shared.Problem;

/**
 * An evaluation framework: indicators (level 1) feeding aggregates level by level up to exactly one
 * top node. Immutable; checked whole when built.
 */
public final class Framework {

    private final List<Node> nodes;
    private final Map<String, Node> byCode = new HashMap<>();
    private final Map<String, List<Node>> children = new HashMap<>();

    private Framework(List<Node> nodes) {
        this.nodes = List.copyOf(nodes);
        for (Node node : this.nodes) {
            byCode.put(node.code(), node);
            children.computeIfAbsent(node.code(), c -> new ArrayList<>());
            if (node.parent() != null) {
                children.computeIfAbsent(node.parent(), c -> new ArrayList<>()).add(node);
            }
        }
    }

    /** Builds a framework, or refuses it with every structural problem found. */
    public static Framework of(List<Node> nodes) {
        List<Problem> problems = check(
                nodes,
                (i, column) -> Messages.zh("evaluation.where.node", nodes.get(i).code(), column));
        if (!problems.isEmpty()) {
            throw new InvalidInputException("framework", problems);
        }
        return new Framework(nodes);
    }

    /**
     * Every structural problem of the given nodes: duplicate codes, unknown parents, parents that
     * are indicators or not above their children, aggregates without children, not exactly one top.
     *
     * @param where names the place of a problem from the node's index and the column at fault
     */
    public static List<Problem> check(List<Node> nodes, BiFunction<Integer, String, String> where) {
        List<Problem> problems = new ArrayList<>();
        if (nodes.isEmpty()) {
            problems.add(Problem.of("-", "evaluation.empty"));
            return problems;
        }
        Map<String, Node> byCode = new HashMap<>();
        Map<String, Integer> childCount = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (byCode.putIfAbsent(node.code(), node) != null) {
                problems.add(Problem.of(where.apply(i, "code"), "evaluation.duplicate-code", node.code()));
            }
            if (node.parent() != null) {
                childCount.merge(node.parent(), 1, Integer::sum);
            }
        }
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (!node.isTop()) {
                checkParent(
                        node, byCode.get(node.parent()), where.apply(i, "parent"), where.apply(i, "level"), problems);
            }
            if (!node.isIndicator() && !childCount.containsKey(node.code())) {
                problems.add(Problem.of(where.apply(i, "level"), "evaluation.no-children", node.code()));
            }
        }
        checkTops(nodes, where, problems);
        return problems;
    }

    private static void checkTops(List<Node> nodes, BiFunction<Integer, String, String> where, List<Problem> problems) {
        int tops = 0;
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).isTop() && ++tops > 1) {
                problems.add(Problem.of(
                        where.apply(i, "parent"),
                        "evaluation.two-tops",
                        nodes.get(i).code()));
            }
        }
        if (tops == 0) {
            problems.add(Problem.of(where.apply(0, "parent"), "evaluation.no-top"));
        }
    }

    private static void checkParent(
            Node node, Node parent, String parentPlace, String levelPlace, List<Problem> problems) {
        if (parent == null) {
            problems.add(Problem.of(parentPlace, "evaluation.unknown-parent", node.parent()));
        } else if (parent.isIndicator()) {
            problems.add(Problem.of(parentPlace, "evaluation.parent-indicator", parent.code()));
        } else if (parent.level() <= node.level()) {
            problems.add(Problem.of(levelPlace, "evaluation.level-order", node.level(), parent.code(), parent.level()));
        }
    }

    public List<Node> nodes() {
        return nodes;
    }

    public Node node(String code) {
        Node node = byCode.get(code);
        if (node == null) {
            throw new IllegalArgumentException("no node " + code);
        }
        return node;
    }

    /** Indicators in the order given. */
    public List<Node> indicators() {
        return nodes.stream().filter(Node::isIndicator).toList();
    }

    /** Aggregates from the lowest level up; within a level, in the order given. */
    public List<Node> aggregates() {
        return nodes.stream()
                .filter(n -> !n.isIndicator())
                .sorted(Comparator.comparingInt(Node::level))
                .toList();
    }

    public List<Node> children(String code) {
        return List.copyOf(children.getOrDefault(code, List.of()));
    }

    public Node top() {
        return nodes.stream().filter(Node::isTop).findFirst().orElseThrow();
    }

    /** The same tree with some weights replaced (codes not named keep their weight). */
    public Framework withWeights(Map<String, Double> weights) {
        return new Framework(nodes.stream()
                .map(n -> weights.containsKey(n.code()) ? n.withWeight(weights.get(n.code())) : n)
                .toList());
    }
}
