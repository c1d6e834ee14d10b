/** What must never reach a person in a refusal: a library's words, schema paths, list indexes. */
export const JARGON =
  /Invalid (key|type|length|value|format)|Expected|received|\[\d+\]|\b(sessions|rules|checkIns|photos|adherence|window|levels|plan|regimen|source|flags|counts|message)\.\w+|\bundefined\b|\bnull\b/;
