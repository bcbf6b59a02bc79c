// Finds things in the schema by what they mean: a word matches a type, field, argument or
// enum value by its name or by its description ("SEF", "border" and "people" are in the
// descriptions, rarely in the names). GraphiQL's own docs search looks at names only.
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLArgument, type GraphQLField, type GraphQLInputField, type GraphQLNamedType, type GraphQLSchema } from "graphql";

export interface SchemaMatch {
  /** Where it is: "Query.objectives", "Observation", "FigureQualifier.MORE_THAN", "Query.country(iso)". */
  path: string;
  type: GraphQLNamedType;
  field?: GraphQLField<unknown, unknown> | GraphQLInputField;
  argument?: GraphQLArgument;
  description: string;
  /** True when the name matched, not only the description. */
  byName: boolean;
}

function matcher(text: string): (value: string | null | undefined) => boolean {
  const wanted = text.trim().toLowerCase();
  return (value) => !!value && value.toLowerCase().includes(wanted);
}

/** Every match for the text, names first, then descriptions, each in schema order. */
export function searchSchema(schema: GraphQLSchema, text: string): SchemaMatch[] {
  if (!text.trim()) return [];
  const matches = matcher(text);
  const found: SchemaMatch[] = [];
  const consider = (entry: Omit<SchemaMatch, "byName" | "description">, name: string, description: string | null | undefined) => {
    if (matches(name) || matches(description)) found.push({ ...entry, description: description ?? "", byName: matches(name) });
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    consider({ path: type.name, type }, type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        consider({ path: `${type.name}.${field.name}`, type, field }, field.name, field.description);
        for (const argument of "args" in field ? field.args : []) consider({ path: `${type.name}.${field.name}(${argument.name})`, type, field, argument }, argument.name, argument.description);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) consider({ path: `${type.name}.${value.name}`, type }, value.name, value.description);
  }
  return [...found.filter((match) => match.byName), ...found.filter((match) => !match.byName)];
}
