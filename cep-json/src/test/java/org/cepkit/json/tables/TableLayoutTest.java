package org.cepkit.json.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cepkit.model.RecordType;
import org.cepkit.model.wire.ObjectType;
import org.cepkit.model.wire.Property;
import org.cepkit.model.wire.WireFormat;
import org.junit.jupiter.api.Test;

class TableLayoutTest {

    @Test
    void theTablesAreThoseOfTheSpecification() {
        assertThat(TableLayout.tables()).extracting(Table::fileName).containsExactlyInAnyOrder("pathways.csv",
                "services.csv", "referrals.csv", "goals.csv", "operators.csv", "sites.csv", "coverage.csv",
                "cooperations.csv", "cooperation_operators.csv", "relations.csv", "partners.csv",
                "local_area_communes.csv");
    }

    @Test
    void aNestedObjectIsFlattenedIntoDottedColumns() {
        Table pathways = TableLayout.of(RecordType.PATHWAY);

        assertThat(pathways.keyColumn().name()).isEqualTo("id");
        assertThat(pathways.columns()).extracting(Column::name)
                .contains("operator.id", "operator.family", "beneficiary.birthDate", "beneficiary.residence",
                        "specification", "startDate", "actionPlan.deliveredOn");
    }

    @Test
    void aListOfObjectsIsATableKeyedByTheRecordIdAndTheIndex() {
        Table goals = TableLayout.table("goals").orElseThrow();

        assertThat(goals.parent()).contains(TableLayout.of(RecordType.PATHWAY));
        assertThat(goals.listPath()).extracting(Property::name).containsExactly("actionPlan", "goals");
        assertThat(goals.primaryKey()).extracting(Column::name).containsExactly("pathwayId", "index");
        assertThat(goals.columns()).extracting(Column::name).contains("kind", "rome", "formacode");
    }

    @Test
    void codesAndIdentifiersOfAListShareOneCellAndTerritoryCodesGetATable() {
        assertThat(TableLayout.table("sites").orElseThrow().column("modes")).get()
                .extracting(Column::role).isEqualTo(Column.Role.LIST);
        assertThat(TableLayout.table("relations").orElseThrow().column("between")).get()
                .extracting(Column::role).isEqualTo(Column.Role.LIST);
        assertThat(TableLayout.table("coverage").orElseThrow().columns()).extracting(Column::name)
                .containsExactly("operatorId", "index", "coverage");
        assertThat(TableLayout.table("local_area_communes").orElseThrow().listPath()).extracting(Property::name)
                .containsExactly("territory", "communes");
    }

    /** No list of fields of their own: whatever the model describes, a column or a table holds it. */
    @Test
    void everyPropertyOfTheWireFormatHasAColumnOrATable() {
        List<Property> held = new ArrayList<>();
        for (Table table : TableLayout.tables()) {
            held.addAll(table.listPath());
            for (Column column : table.columns()) {
                held.addAll(column.path());
            }
        }
        List<Property> described = new ArrayList<>();
        for (RecordType type : RecordType.values()) {
            collect(WireFormat.of(type), described);
        }
        assertThat(held).containsAll(described);
    }

    private static void collect(ObjectType type, List<Property> into) {
        for (Property property : type.properties()) {
            into.add(property);
            if (property.kind() == Property.Kind.OBJECT) {
                collect(property.object(), into);
            }
        }
    }
}
