package org.cepkit.analysis.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * The exact audit of a published table: for each suppressed cell, the least and greatest value it can take given
 * every published cell and margin total of one measure, the additivity of the margins and non-negativity,
 * computed by linear programming (Apache Commons Math's simplex). What an intruder with the whole table can
 * learn of a suppressed cell is exactly that interval, or less (the counts are integers).
 *
 * <p>A table passes when every suppressed cell's interval has a width of at least 1 (it cannot be computed) and,
 * for the pathway counts of the cells suppressed for being small, its upper bound reaches the threshold (nobody
 * can tell the cell is under it).
 */
final class DisclosureAudit {

    private static final double EPSILON = 1e-6;
    /**
     * An upper bound on every suppressed value, far above any count of the tests' tables: a maximum that reaches
     * it is unbounded. Commons Math 3.6.1's simplex returns a wrong maximum for some degenerate problems of
     * equalities alone (it gives 0 for the greatest x1 with x0 + x1 + x2 = 1); with an explicit bound on each
     * variable its first phase starts from the slack basis and the optimum is right.
     */
    private static final double BOUND = 1e7;

    /** The feasible range of a suppressed value; {@code max} is infinite when nothing bounds it from above. */
    record Range(double min, double max) {
        double width() {
            return max - min;
        }
    }

    private DisclosureAudit() {
    }

    /**
     * The range of each suppressed cell of {@code measure}.
     *
     * @param cells every cell and margin that counts something, keyed as {@link Lattice} keys them
     * @param suppressed the cells whose value of that measure is not published
     */
    static Map<List<String>, Range> ranges(Map<List<String>, long[]> cells, Set<List<String>> suppressed, int measure) {
        List<List<String>> variables = suppressed.stream().sorted(Lattice::compare).toList();
        Map<List<String>, Integer> index = new HashMap<>();
        for (int i = 0; i < variables.size(); i++) {
            index.put(variables.get(i), i);
        }
        int dimensions = cells.keySet().iterator().next().size();
        List<Set<String>> domains = new ArrayList<>();
        for (int d = 0; d < dimensions; d++) {
            Set<String> domain = new TreeSet<>();
            for (List<String> key : cells.keySet()) {
                if (!key.get(d).equals(Lattice.TOTAL)) {
                    domain.add(key.get(d));
                }
            }
            domains.add(domain);
        }
        List<LinearConstraint> constraints = new ArrayList<>();
        for (List<String> total : cells.keySet()) {
            for (int d = 0; d < dimensions; d++) {
                if (!total.get(d).equals(Lattice.TOTAL)) {
                    continue;
                }
                double[] coefficients = new double[variables.size()];
                double constant = 0;
                boolean unknown = add(total, 1, index, coefficients);
                if (!unknown) {
                    constant -= cells.get(total)[measure];
                }
                for (String value : domains.get(d)) {
                    List<String> part = new ArrayList<>(total);
                    part.set(d, value);
                    if (!cells.containsKey(part)) {
                        continue;
                    }
                    if (add(part, -1, index, coefficients)) {
                        unknown = true;
                    } else {
                        constant += cells.get(part)[measure];
                    }
                }
                if (unknown) {
                    constraints.add(new LinearConstraint(coefficients, Relationship.EQ, constant));
                } else if (constant != 0) {
                    throw new IllegalStateException("published table is not additive at " + total);
                }
            }
        }
        for (int i = 0; i < variables.size(); i++) {
            double[] bound = new double[variables.size()];
            bound[i] = 1;
            constraints.add(new LinearConstraint(bound, Relationship.LEQ, BOUND));
        }
        Map<List<String>, Range> ranges = new LinkedHashMap<>();
        for (int i = 0; i < variables.size(); i++) {
            double[] objective = new double[variables.size()];
            objective[i] = 1;
            double max = optimum(objective, constraints, GoalType.MAXIMIZE);
            Range range = new Range(optimum(objective, constraints, GoalType.MINIMIZE),
                    max >= BOUND / 2 ? Double.POSITIVE_INFINITY : max);
            long actual = cells.get(variables.get(i))[measure];
            if (actual < range.min() - EPSILON || actual > range.max() + EPSILON) {
                throw new IllegalStateException("the solver's range " + range + " of " + variables.get(i)
                        + " misses its value " + actual);
            }
            ranges.put(variables.get(i), range);
        }
        return ranges;
    }

    /**
     * The cells whose protection fails, each with its range: width under 1, or, for the pathway count of a cell
     * suppressed for being small, an upper bound under {@code minCell}.
     */
    static Map<List<String>, Range> failures(Map<List<String>, long[]> cells, Set<List<String>> suppressed,
            int measure, Set<List<String>> small, long minCell) {
        Map<List<String>, Range> failures = new LinkedHashMap<>();
        ranges(cells, suppressed, measure).forEach((cell, range) -> {
            boolean pinned = range.width() < 1 - EPSILON;
            boolean shownSmall = measure == 0 && small.contains(cell) && range.max() < minCell - EPSILON;
            if (pinned || shownSmall) {
                failures.put(cell, range);
            }
        });
        return failures;
    }

    /** Adds {@code sign} times the cell to the constraint when it is suppressed; whether it was. */
    private static boolean add(List<String> cell, int sign, Map<List<String>, Integer> index,
            double[] coefficients) {
        Integer variable = index.get(cell);
        if (variable == null) {
            return false;
        }
        coefficients[variable] += sign;
        return true;
    }

    private static double optimum(double[] objective, List<LinearConstraint> constraints, GoalType goal) {
        PointValuePair optimum = new SimplexSolver().optimize(new MaxIter(100_000),
                new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints), goal,
                new NonNegativeConstraint(true));
        return optimum.getValue();
    }
}
