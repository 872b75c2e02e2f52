package org.stocktake.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stocktake.shared.InvalidInputException;
import org.stocktake.shared.Problem;

class FrameworkTest {

    @Test
    void ordersAggregatesFromTheLowestLevelUp() {
        Framework framework = Framework.of(List.of(
                new Node("Index", null, 3, 1, 1),
                new Node("P", "Index", 2, 1, 1),
                new Node("a", "P", 1, 1, 1),
                new Node("b", "Index", 1, -1, 2)));

        assertThat(framework.aggregates()).extracting(Node::code).containsExactly("P", "Index");
        assertThat(framework.indicators()).extracting(Node::code).containsExactly("a", "b");
        assertThat(framework.children("Index")).extracting(Node::code).containsExactly("P", "b");
        assertThat(framework.top().code()).isEqualTo("Index");
    }

    @Test
    void reportsEveryStructuralProblemAtOnce() {
        List<Node> nodes = List.of(
                new Node("Index", null, 3, 1, 1),
                new Node("a", "P", 1, 1, 1), // P is nowhere
                new Node("b", "a", 1, 1, 1), // a is an indicator
                new Node("Q", "Index", 3, 1, 1), // not below its parent, and has no children
                new Node("a", "Index", 1, 1, 1), // duplicate
                new Node("Other", null, 2, 1, 1)); // a second top, without children

        List<Problem> problems = Framework.check(nodes, (i, column) -> "row " + (i + 2) + " " + column);

        assertThat(problems)
                .extracting(Problem::where)
                .containsExactlyInAnyOrder(
                        "row 6 code",
                        "row 3 parent",
                        "row 4 parent",
                        "row 5 level",
                        "row 5 level",
                        "row 7 parent",
                        "row 7 level");
        assertThat(problems)
                .allSatisfy(p -> assertThat(p.zh()).isNotBlank())
                .allSatisfy(p -> assertThat(p.en()).isNotBlank());
    }

    @Test
    void refusesAFrameworkWithoutATop() {
        assertThatThrownBy(() -> Framework.of(List.of(new Node("a", "b", 1, 1, 1), new Node("b", "a", 2, 1, 1))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(Problem::en)
                        .contains("no top node (a node with an empty parent)"));
    }

    @Test
    void replacesWeightsByCode() {
        Framework framework = Framework.of(
                List.of(new Node("I", null, 2, 1, 1), new Node("a", "I", 1, 1, 1), new Node("b", "I", 1, 1, 1)));

        Framework reweighted = framework.withWeights(java.util.Map.of("b", 3.0));

        assertThat(reweighted.children("I")).extracting(Node::weight).containsExactly(1.0, 3.0);
        assertThat(framework.children("I")).extracting(Node::weight).containsExactly(1.0, 1.0);
    }
}
