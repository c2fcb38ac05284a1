package nl.effectmeter.api.odata;

import java.util.LinkedHashSet;
import java.util.Set;

/** The OData {@code $metadata} document (CSDL XML, OData 4.0) of {@link ODataModel}. */
final class Csdl {
  private Csdl() {}

  static String document() {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
        .append("<edmx:Edmx xmlns:edmx=\"http://docs.oasis-open.org/odata/ns/edmx\"")
        .append(" Version=\"4.0\">\n")
        .append("  <edmx:DataServices>\n")
        .append("    <Schema xmlns=\"http://docs.oasis-open.org/odata/ns/edm\" Namespace=\"")
        .append(ODataModel.NAMESPACE)
        .append("\">\n");
    Set<String> typesWritten = new LinkedHashSet<>();
    for (ODataEntitySet<?> set : ODataModel.SETS) {
      if (typesWritten.add(set.type())) {
        entityType(xml, set);
      }
    }
    xml.append("      <EntityContainer Name=\"Container\">\n");
    for (ODataEntitySet<?> set : ODataModel.SETS) {
      xml.append("        <EntitySet Name=\"")
          .append(set.name())
          .append("\" EntityType=\"")
          .append(ODataModel.NAMESPACE)
          .append('.')
          .append(set.type())
          .append("\"/>\n");
    }
    xml.append("      </EntityContainer>\n")
        .append("    </Schema>\n")
        .append("  </edmx:DataServices>\n")
        .append("</edmx:Edmx>\n");
    return xml.toString();
  }

  private static void entityType(StringBuilder xml, ODataEntitySet<?> set) {
    xml.append("      <EntityType Name=\"").append(set.type()).append("\">\n");
    xml.append("        <Key>\n");
    for (Column column : set.key()) {
      xml.append("          <PropertyRef Name=\"").append(column.name()).append("\"/>\n");
    }
    xml.append("        </Key>\n");
    for (Column column : set.columns()) {
      xml.append("        <Property Name=\"")
          .append(column.name())
          .append("\" Type=\"")
          .append(column.type().edmType())
          .append('"')
          .append(column.isNullable() ? "" : " Nullable=\"false\"")
          .append("/>\n");
    }
    xml.append("      </EntityType>\n");
  }
}
