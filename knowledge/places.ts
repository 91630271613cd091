// Place names the runtime knows (countries, the cities its time zones are named after), for reading a place asked of.

/** The cities the runtime names its time zones after ("Australia/Melbourne": Melbourne); none when it has no list. */
export function cityNames(): string[] {
  try {
    return [...new Set(Intl.supportedValuesOf('timeZone').map((zone) => zone.split('/').pop()!.replace(/_/g, ' ')))];
  } catch {
    return [];
  }
}

/** The countries' names in English, as the runtime knows them (ISO 3166 regions); none when it has no region names. */
export function countryNames(): string[] {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let names: Intl.DisplayNames;
  try {
    names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  } catch {
    return [];
  }
  const found = new Set<string>();
  for (const a of letters) for (const b of letters) {
    const name = names.of(a + b);
    // "Myanmar (Burma)", "Hong Kong SAR China": the name before a bracket or a qualifier is how people write it.
    if (name && !/^(?:Pseudo|Unknown)/.test(name)) found.add(name.replace(/\s*\(.*\)$/, '').replace(/ SAR China$/, ''));
  }
  return [...found];
}
