package org.cepkit.rules.privacy;

import java.util.List;
import org.cepkit.model.CepRecord;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.model.cooperation.Relation;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.territory.TerritoryKind;
import org.cepkit.rules.RuleContext;
import org.cepkit.rules.internal.AbstractRule;

/**
 * {@code privacy.identifier}: every id of a record is pseudonymous, never a NIR (the French social security number:
 * sex, year and month of birth, département — digits or 2A/2B —, commune, order number, then a 2-digit key; often
 * written with spaces, dots or hyphens). Its permitted uses are listed by décret n° 2019-341 under loi n° 78-17
 * art. 30; an id of a CEP record is none of them (RGPD art. 87). A NIR-shaped id is refused whatever its key, and
 * without one: a wrong key is usually a typing error on a real number, and the 13 characters alone identify the
 * person.
 *
 * <p>Every id of a record is checked: the record's own, the beneficiary's, the operator references, the sites', the
 * ends of the relations and a local area's code (the id of a bassin). One rule a group of inputs, so that an id that
 * cannot be read stops only the check of its own group.
 */
public final class PrivacyIdentifier {

    public static final String ID = "privacy.identifier";

    /** The characters of a NIR without its key, and with it. */
    private static final int BODY = 13;
    private static final int WITH_KEY = 15;
    /** The 0-based position of the département's second character, where {@code 2A}/{@code 2B} put a letter. */
    private static final int DEPARTEMENT_LETTER = 6;

    private PrivacyIdentifier() {
    }

    /**
     * Whether {@code id} has the shape of a NIR once its separators (spaces of any width, tabs, {@code .},
     * {@code -}, {@code _}) are left out: 13 characters, digits but for the département's, which may be {@code 2A}
     * or {@code 2B} (either case), optionally followed by the 2 digits of the key. {@code 185057800608436},
     * {@code 1 85 05 78 006 084 36}, {@code 2.85.05.2A.006.084} are; {@code 18505780060843} (14 digits) and
     * {@code b-185057800608436} are not.
     *
     * <p>One pass, no allocation: most ids fail on their first character.
     */
    public static boolean isNirShaped(CharSequence id) {
        int significant = 0;
        char previous = 0;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (isSeparator(c)) {
                continue;
            }
            boolean digit = c >= '0' && c <= '9';
            boolean corsica = significant == DEPARTEMENT_LETTER && previous == '2'
                    && (c == 'A' || c == 'B' || c == 'a' || c == 'b');
            if (significant == WITH_KEY || !digit && !corsica) {
                return false;
            }
            previous = c;
            significant++;
        }
        return significant == BODY || significant == WITH_KEY;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '.' || c == '-' || c == '_' || c == '\t' || c == '\u00a0' || c == '\u2007'
                || c == '\u202f';
    }

    private static void check(String id, String path, RuleContext context) {
        if (isNirShaped(id)) {
            context.report(ID, path);
        }
    }

    /** The id of every record, at {@code /id}. */
    public static final class OfRecord extends AbstractRule<CepRecord> {
        public OfRecord() {
            super(CepRecord.class, List.of("/id"), ID);
        }

        @Override
        public void check(CepRecord record, RuleContext context) {
            PrivacyIdentifier.check(record.getId(), "/id", context);
        }
    }

    /** A pathway's beneficiary id. */
    public static final class OfBeneficiary extends AbstractRule<Pathway> {
        public OfBeneficiary() {
            super(Pathway.class, List.of("/beneficiary/id"), ID);
        }

        @Override
        public void check(Pathway pathway, RuleContext context) {
            PrivacyIdentifier.check(pathway.getBeneficiary().getId(), "/beneficiary/id", context);
        }
    }

    /** The operators a pathway names: its own and those of its referrals. */
    public static final class InPathwayReferences extends AbstractRule<Pathway> {
        public InPathwayReferences() {
            super(Pathway.class, List.of("/operator/id", "/referrals/*/to/id"), ID);
        }

        @Override
        public void check(Pathway pathway, RuleContext context) {
            PrivacyIdentifier.check(pathway.getOperator().getId(), "/operator/id", context);
            for (int i = 0; i < pathway.getReferrals().size(); i++) {
                PrivacyIdentifier.check(pathway.getReferrals().get(i).getTo().getId(), "/referrals/" + i + "/to/id",
                        context);
            }
        }
    }

    /** An operator's sites. */
    public static final class OfSites extends AbstractRule<Operator> {
        public OfSites() {
            super(Operator.class, List.of("/sites/*/id"), ID);
        }

        @Override
        public void check(Operator operator, RuleContext context) {
            for (int i = 0; i < operator.getSites().size(); i++) {
                PrivacyIdentifier.check(operator.getSites().get(i).getId(), "/sites/" + i + "/id", context);
            }
        }
    }

    /** The operators a cooperation names: its members and the two ends of each relation. */
    public static final class InCooperationReferences extends AbstractRule<Cooperation> {
        public InCooperationReferences() {
            super(Cooperation.class, List.of("/operators/*/id", "/relations/*/between"), ID);
        }

        @Override
        public void check(Cooperation cooperation, RuleContext context) {
            for (int i = 0; i < cooperation.getOperators().size(); i++) {
                PrivacyIdentifier.check(cooperation.getOperators().get(i).getId(), "/operators/" + i + "/id",
                        context);
            }
            for (int i = 0; i < cooperation.getRelations().size(); i++) {
                Relation relation = cooperation.getRelations().get(i);
                for (int end = 0; end < relation.getBetween().size(); end++) {
                    PrivacyIdentifier.check(relation.getBetween().get(end), "/relations/" + i + "/between/" + end,
                            context);
                }
            }
        }
    }

    /** The code of a {@code LOCAL_AREA}, the one territory code that is an id (of a bassin defined locally). */
    public static final class OfLocalArea extends AbstractRule<Cooperation> {
        public OfLocalArea() {
            super(Cooperation.class, List.of("/territory/kind", "/territory/code"), ID);
        }

        @Override
        public void check(Cooperation cooperation, RuleContext context) {
            if (cooperation.getTerritory().getKind() == TerritoryKind.LOCAL_AREA) {
                PrivacyIdentifier.check(cooperation.getTerritory().getCode(), "/territory/code", context);
            }
        }
    }
}
