package org.cepkit.rules.cog;

import java.util.List;
import java.util.Optional;
import org.cepkit.model.operator.Operator;
import org.cepkit.model.operator.Site;
import org.cepkit.model.territory.PostalCode;
import org.cepkit.rules.RuleContext;
import org.cepkit.rules.internal.AbstractRule;
import org.cepkit.rules.territory.CogCommune;

/**
 * {@code territory.postal-code}: a site's postal code is one that La Poste gives to the site's commune, as the
 * referential ships La Poste's codes (base officielle des codes postaux, in {@code @etalab/decoupage-administratif}).
 * A municipal arrondissement has its own codes ({@code 75101}: {@code 75001}), its commune all of theirs. A warning:
 * a postal code names a distributing office, and a site may use a neighbouring one's. Silent for a site without a
 * postal code, and for a commune that is not current in the referential or has no postal code there
 * ({@code territory.unknown} and {@code territory.not-current} speak for the commune).
 */
public final class TerritoryPostalCode extends AbstractRule<Operator> {

    public static final String ID = "territory.postal-code";

    public TerritoryPostalCode() {
        super(Operator.class, List.of("/sites/*/commune", "/sites/*/postalCode"), ID);
    }

    @Override
    public void check(Operator operator, RuleContext context) {
        List<Site> sites = operator.getSites();
        for (int i = 0; i < sites.size(); i++) {
            Optional<PostalCode> postalCode = sites.get(i).getPostalCode();
            if (postalCode.isEmpty()) {
                continue;
            }
            Optional<CogCommune> commune = context.referential().commune(sites.get(i).getCommune());
            if (commune.isPresent() && !commune.get().postalCodes().isEmpty()
                    && !commune.get().postalCodes().contains(postalCode.get())) {
                context.report(ID, "/sites/" + i + "/postalCode");
            }
        }
    }
}
