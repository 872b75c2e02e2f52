package org.stocktake.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.stocktake.shared.InvalidInputException;
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
        List<Problem> problems = check(nodes, (i, column) -> "节点 " + nodes.get(i).code() + " 列 " + column);
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
            problems.add(new Problem("-", "框架为空", "the framework is empty"));
            return problems;
        }
        Map<String, Node> byCode = new HashMap<>();
        Map<String, Integer> childCount = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (byCode.putIfAbsent(node.code(), node) != null) {
                problems.add(new Problem(where.apply(i, "code"), "代码 " + node.code() + " 重复",
                        "duplicate code " + node.code()));
            }
            if (node.parent() != null) {
                childCount.merge(node.parent(), 1, Integer::sum);
            }
        }
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (!node.isTop()) {
                checkParent(node, byCode.get(node.parent()), where.apply(i, "parent"), where.apply(i, "level"),
                        problems);
            }
            if (!node.isIndicator() && !childCount.containsKey(node.code())) {
                problems.add(new Problem(where.apply(i, "level"), "汇总节点 " + node.code() + " 没有下级",
                        "aggregate " + node.code() + " has no children"));
            }
        }
        checkTops(nodes, where, problems);
        return problems;
    }

    private static void checkTops(List<Node> nodes, BiFunction<Integer, String, String> where, List<Problem> problems) {
        int tops = 0;
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).isTop() && ++tops > 1) {
                problems.add(new Problem(where.apply(i, "parent"), "只能有一个顶层节点（无上级），"
                        + nodes.get(i).code() + " 是多余的", "only one top node may have no parent; "
                        + nodes.get(i).code() + " is another"));
            }
        }
        if (tops == 0) {
            problems.add(new Problem(where.apply(0, "parent"), "缺少顶层节点（上级为空）",
                    "no top node (a node with an empty parent)"));
        }
    }

    private static void checkParent(Node node, Node parent, String parentPlace, String levelPlace,
                                    List<Problem> problems) {
        if (parent == null) {
            problems.add(new Problem(parentPlace, "上级 " + node.parent() + " 不存在",
                    "unknown parent " + node.parent()));
        } else if (parent.isIndicator()) {
            problems.add(new Problem(parentPlace, "上级 " + parent.code() + " 是指标（层级 1），不能有下级",
                    "parent " + parent.code() + " is an indicator (level 1) and cannot have children"));
        } else if (parent.level() <= node.level()) {
            problems.add(new Problem(levelPlace, "层级 " + node.level() + " 应低于上级 " + parent.code()
                    + " 的层级 " + parent.level(), "level " + node.level() + " must be below the level "
                    + parent.level() + " of parent " + parent.code()));
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
        return nodes.stream().filter(n -> !n.isIndicator()).sorted(Comparator.comparingInt(Node::level)).toList();
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
                .map(n -> weights.containsKey(n.code()) ? n.withWeight(weights.get(n.code())) : n).toList());
    }
}
