package org.cepkit.analysis.network;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.cepkit.model.cooperation.CooperationPurpose;
import org.cepkit.model.cooperation.Partner;
import org.cepkit.model.operator.OperatorFamily;

/**
 * The cooperation network of one territory: the operators in it, the ties cooperations declare between them and
 * the ties their pathways' referrals show, and what the structure says (measures of the project's
 * docs: density, Freeman centralisation, components, isolates, formalisation, purposes, reciprocity, declared
 * against observed ties), with the evidence beside each cooperation's declared Céreq configuration.
 *
 * <pre>{@code
 * TerritoryNetwork corsica = report.network(TerritoryKind.REGION, "94").orElseThrow();
 * corsica.missingFamilies();           // [APEC]
 * corsica.density();                   // OptionalDouble[0.4]
 * corsica.observedNotDeclared();       // ties that referrals show and no cooperation declares
 * }</pre>
 *
 * The graph of the measures has every operator of the network as a node and a tie wherever a relation is declared
 * or a referral made, either way; it is built and measured with JGraphT.
 *
 * @param territory the territory
 * @param operators the operators present, and those a cooperation on it declares, by id
 * @param declaredTies the ties declared by the cooperations on the territory or inside it, by pair
 * @param observedTies the ties referrals show between operators of the network, by pair
 * @param families the families of the operators present, in code-list order
 * @param missingFamilies the current families (France Travail, Apec, Cap emploi, Mission locale, regional
 *     operator) no present operator is of
 * @param density the ties over the pairs of operators there could be; empty under two operators
 * @param degreeCentralization Freeman's degree centralisation; empty under three operators
 * @param components the connected components of the graph
 * @param isolates the present operators without any tie
 * @param formalisation the share of declared ties that are formal; empty without declared ties
 * @param purposes the purposes that the declared ties or the referrals cover, in code-list order
 * @param reciprocity the share of observed ties with referrals both ways; empty without observed ties
 * @param declaredNotObserved declared ties that no referral shows
 * @param observedNotDeclared observed ties that no cooperation declares
 * @param partners the SPRO partners of the cooperations on the territory or inside it, by kind and name
 * @param animators their animators
 * @param configurationEvidence one per cooperation declared on this very territory, by id
 */
public record TerritoryNetwork(TerritoryRef territory, List<NetworkOperator> operators, List<DeclaredTie> declaredTies,
        List<ObservedTie> observedTies, List<OperatorFamily> families, List<OperatorFamily> missingFamilies,
        OptionalDouble density, OptionalDouble degreeCentralization, int components, List<String> isolates,
        OptionalDouble formalisation, List<CooperationPurpose> purposes, OptionalDouble reciprocity,
        List<OperatorPair> declaredNotObserved, List<OperatorPair> observedNotDeclared, List<Partner> partners,
        List<Partner> animators, List<ConfigurationEvidence> configurationEvidence) {

    /** The families a territory is expected to have: the five that deliver the CEP since 2020. */
    public static final List<OperatorFamily> CURRENT_FAMILIES = List.of(OperatorFamily.FRANCE_TRAVAIL,
            OperatorFamily.APEC, OperatorFamily.CAP_EMPLOI, OperatorFamily.MISSION_LOCALE,
            OperatorFamily.REGIONAL_OPERATOR);

    public TerritoryNetwork {
        Objects.requireNonNull(territory, "territory");
        operators = List.copyOf(operators);
        declaredTies = List.copyOf(declaredTies);
        observedTies = List.copyOf(observedTies);
        families = List.copyOf(families);
        missingFamilies = List.copyOf(missingFamilies);
        Objects.requireNonNull(density, "density");
        Objects.requireNonNull(degreeCentralization, "degreeCentralization");
        isolates = List.copyOf(isolates);
        Objects.requireNonNull(formalisation, "formalisation");
        purposes = List.copyOf(purposes);
        Objects.requireNonNull(reciprocity, "reciprocity");
        declaredNotObserved = List.copyOf(declaredNotObserved);
        observedNotDeclared = List.copyOf(observedNotDeclared);
        partners = List.copyOf(partners);
        animators = List.copyOf(animators);
        configurationEvidence = List.copyOf(configurationEvidence);
    }
}
