package org.cepkit.analysis.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cepkit.model.cooperation.Configuration;
import org.cepkit.model.cooperation.Cooperation;
import org.cepkit.model.cooperation.CooperationPurpose;
import org.cepkit.model.cooperation.ImmutableCooperation;
import org.cepkit.model.cooperation.Relation;
import org.cepkit.model.cooperation.RelationForm;
import org.cepkit.model.operator.DeliveryMode;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.OperatorFamily;
import org.cepkit.model.operator.Site;
import org.cepkit.model.pathway.Pathway;
import org.cepkit.model.pathway.Referral;
import org.cepkit.model.territory.CommuneCode;
import org.cepkit.model.territory.RegionCode;
import org.cepkit.model.territory.Territory;
import org.cepkit.model.territory.TerritoryKind;
import org.cepkit.model.testing.CepExamples;

/** Small operators, cooperations and pathways for the network tests. */
final class Networks {

    static final LocalDate START = LocalDate.of(2022, 1, 1);

    private Networks() {
    }

    /** An operator of that family with one site in each commune. */
    static Operator operator(String id, OperatorFamily family, String... communes) {
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < communes.length; i++) {
            sites.add(Site.builder().id(id + "-" + i).commune(CommuneCode.parse(communes[i]))
                    .addModes(DeliveryMode.IN_PERSON).build());
        }
        return Operator.builder().id(id).family(family).name("Opérateur " + id).addAllSites(sites).build();
    }

    /** A regional operator covering {@code region}, with a site in {@code commune}. */
    static Operator regional(String id, String region, String commune) {
        return Operator.builder().from(operator(id, OperatorFamily.REGIONAL_OPERATOR, commune))
                .addCoverage(RegionCode.parse(region)).build();
    }

    static Territory territory(TerritoryKind kind, String code) {
        return Territory.builder().kind(kind).code(code).build();
    }

    static Territory localArea(String code, String... communes) {
        return Territory.builder().kind(TerritoryKind.LOCAL_AREA).code(code)
                .addAllCommunes(List.of(communes).stream().map(CommuneCode::parse).toList()).build();
    }

    static Relation relation(String a, String b, RelationForm form, CooperationPurpose... purposes) {
        return Relation.builder().addBetween(a, b).form(form).addPurposes(purposes).build();
    }

    static ImmutableCooperation.Builder cooperation(String id, Territory territory, Configuration configuration,
            Operator... members) {
        ImmutableCooperation.Builder builder = Cooperation.builder().id(id).territory(territory)
                .configuration(configuration).startDate(START);
        for (Operator member : members) {
            builder.addOperators(member.toRef());
        }
        return builder;
    }

    /** A pathway at {@code from} with one referral to each of {@code to}, for {@code purpose}. */
    static Pathway referrals(String id, Operator from, CooperationPurpose purpose, Operator... to) {
        List<Referral> referrals = new ArrayList<>();
        for (Operator target : to) {
            referrals.add(Referral.builder().to(target.toRef()).date(LocalDate.of(2024, 4, 1)).purpose(purpose)
                    .build());
        }
        return Pathway.builder().from(CepExamples.pathway()).id(id).operator(from.toRef()).referrals(referrals)
                .build();
    }
}
