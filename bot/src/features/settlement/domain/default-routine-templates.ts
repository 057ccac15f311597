import type { RoutineTaskTemplate, RoutineTemplate } from './routine-template.js';

/** A built-in routine: a template without a tenant. */
export type DefaultRoutineTemplate = Omit<RoutineTemplate, 'tenantId'>;

const task = (id: string, title: string, dueOffsetDays: number, ownerRole: string, description: string): RoutineTaskTemplate => ({
  id,
  title,
  description,
  ownerRole,
  dueOffsetDays,
});

const BOSETTING: readonly RoutineTaskTemplate[] = [
  task(
    'bolig-klar',
    'Bolig klar',
    -7,
    'Bosettingskoordinator',
    'Leiekontrakt er signert, boligen er møblert og klar, og strøm, nøkler og internett er ordnet.',
  ),
  task(
    'tolk-bestilt',
    'Tolk bestilt',
    -5,
    'Bosettingskoordinator',
    'Kvalifisert tolk på riktig språk er bestilt til mottaket og de første samtalene.',
  ),
  task(
    'innkjop',
    'Innkjøp før ankomst',
    -2,
    'Miljøarbeider',
    'Mat, hygieneartikler, sengetøy og annet husstanden trenger de første dagene er kjøpt inn.',
  ),
  task(
    'mottak-ankomst',
    'Mottak ved ankomst',
    0,
    'Miljøarbeider',
    'Husstanden er tatt imot på flyplass eller stasjon, kjørt til boligen og vist rundt i den.',
  ),
  task(
    'forste-informasjon',
    'Første informasjonsmøte',
    3,
    'Integreringskonsulent',
    'Praktisk informasjon med tolk: boligen, nærmiljøet, nødnumre, hvem som er kontaktperson og hva som skjer de neste ukene.',
  ),
  task(
    'registrering',
    'Registrering og ID',
    14,
    'Bosettingskoordinator',
    'Ny adresse er meldt, og det er avklart at alle har fødselsnummer eller D-nummer og gyldig ID.',
  ),
];

const NAV: readonly RoutineTaskTemplate[] = [
  task(
    'okonomisk-stonad',
    'Økonomisk stønad til første utbetaling',
    1,
    'Saksbehandler i NAV',
    'Søknad om økonomisk sosialhjelp er behandlet, slik at husstanden har penger til livsopphold fram til første utbetaling av introduksjonsstønad.',
  ),
  task('kontonummer', 'Bankkonto og kontonummer', 14, 'NAV-veileder', 'Bankkonto er opprettet, og kontonummeret er registrert hos NAV.'),
  task(
    'forste-samtale',
    'Første samtale i NAV',
    14,
    'NAV-veileder',
    'Samtale med tolk om økonomi, arbeidserfaring og behov for oppfølging; kontaktperson i NAV er gitt.',
  ),
  task(
    'ytelser-vurdert',
    'Ytelser vurdert',
    30,
    'Saksbehandler i NAV',
    'Det er vurdert om husstanden har rett til barnetrygd, kontantstøtte og bostøtte, og søknader er sendt.',
  ),
  task(
    'samarbeid-voi',
    'Samarbeid med VOI avklart',
    30,
    'NAV-veileder',
    'Samarbeidet med programrådgiver i VOI er avklart for hver voksen, i tråd med samtykket til informasjonsutveksling.',
  ),
];

const HELSETJENESTE: readonly RoutineTaskTemplate[] = [
  task(
    'kjente-behov',
    'Kjente helsebehov fulgt opp',
    7,
    'Helsesykepleier',
    'Helsebehov som var kjent før ankomst er fulgt opp, og det er henvist videre der det trengs.',
  ),
  task(
    'tuberkulose',
    'Tuberkuloseundersøkelse',
    14,
    'Helsesykepleier',
    'Tuberkuloseundersøkelse er gjennomført etter tuberkuloseforskriften, eller det er bekreftet at den ble gjort før ankomst.',
  ),
  task('fastlege', 'Fastlege', 14, 'Helsesykepleier', 'Alle i husstanden står på liste hos en fastlege og vet hvordan de bestiller time.'),
  task(
    'vaksinasjon',
    'Vaksinasjonsstatus',
    30,
    'Helsesykepleier',
    'Vaksinasjonsstatus er kartlagt, og manglende vaksiner etter vaksinasjonsprogrammet er satt opp.',
  ),
  task(
    'helsestasjon',
    'Helsestasjon og skolehelsetjeneste',
    30,
    'Helsesykepleier',
    'Barn under skolealder er innkalt til helsestasjonen, og skolebarn er meldt til skolehelsetjenesten.',
  ),
  task(
    'helseundersokelse',
    'Helseundersøkelse innen tre måneder',
    90,
    'Helsesykepleier',
    'Alle er tilbudt en helseundersøkelse med tolk, med vekt på fysisk og psykisk helse, senest tre måneder etter ankomst.',
  ),
];

const GRUNNSKOLE: readonly RoutineTaskTemplate[] = [
  task('skoleplass', 'Skoleplass', -7, 'Rektor', 'Nærskole er avklart og skoleplass er tildelt; skyss og SFO er vurdert.'),
  task(
    'tolk-bestilt',
    'Tolk bestilt',
    3,
    'Undervisningsinspektør',
    'Tolk er bestilt til innskrivingssamtalen og de første foreldremøtene.',
  ),
  task(
    'innskriving',
    'Innskrivingssamtale',
    7,
    'Kontaktlærer',
    'Samtale med foresatte og tolk om skolebakgrunn, språk, helse og behov for tilrettelegging.',
  ),
  task('skolestart', 'Skolestart', 14, 'Kontaktlærer', 'Eleven har startet i klasse eller innføringstilbud, og har fått kontaktlærer.'),
  task(
    'saerskilt-sprakopplaering',
    'Særskilt språkopplæring',
    30,
    'Rektor',
    'Norskferdighetene er kartlagt, og det er fattet vedtak om særskilt språkopplæring der eleven har rett til det.',
  ),
];

const BARNEHAGE: readonly RoutineTaskTemplate[] = [
  task(
    'barnehageplass',
    'Barnehageplass',
    14,
    'Styrer',
    'Søknad om barnehageplass er behandlet, plass er tildelt eller oppstart avklart, og redusert foreldrebetaling er vurdert.',
  ),
  task('tolk-bestilt', 'Tolk bestilt', 18, 'Pedagogisk leder', 'Tolk er bestilt til oppstartsamtalen.'),
  task(
    'oppstartsamtale',
    'Oppstartsamtale',
    21,
    'Pedagogisk leder',
    'Samtale med foresatte og tolk om barnets språk, vaner, helse og tilvenning.',
  ),
  task(
    'tilvenning',
    'Tilvenning',
    30,
    'Pedagogisk leder',
    'Plan for tilvenning er avtalt med foresatte, og barnet har begynt i barnehagen.',
  ),
  task(
    'sprakutvikling',
    'Oppfølging av språkutvikling',
    90,
    'Pedagogisk leder',
    'Det er laget en plan for å følge opp barnets norskspråklige utvikling, sammen med foresatte.',
  ),
];

const VOI: readonly RoutineTaskTemplate[] = [
  task(
    'programradgiver',
    'Programrådgiver tildelt',
    0,
    'Fagleder',
    'Hver voksen har fått en fast programrådgiver som kontaktperson gjennom introduksjonsløpet.',
  ),
  task(
    'samtykke',
    'Samtykke til informasjonsutveksling',
    7,
    'Programrådgiver',
    'Deltakerne er spurt med tolk om samtykke til at VOI og NAV utveksler relevant informasjon, og svaret er dokumentert.',
  ),
  task(
    'kartlegging',
    'Kartlegging',
    30,
    'Programrådgiver',
    'Første kartlegging av formell og uformell kompetanse og opplæringsbehov er gjort, som grunnlag for vedtak.',
  ),
  task(
    'norskopplaering',
    'Oppstart i norskopplæring',
    30,
    'Kontaktlærer',
    'Deltakeren har startet i opplæring i norsk og samfunnskunnskap på riktig nivå.',
  ),
  task(
    'vedtak-introduksjonsprogram',
    'Vedtak om introduksjonsprogram',
    90,
    'Programrådgiver',
    'Vedtak om introduksjonsprogram er fattet, og programmet har startet senest tre måneder etter bosetting.',
  ),
  task(
    'integreringsplan',
    'Individuell plan og integreringskontrakt',
    90,
    'Programrådgiver',
    'Individuell plan med mål og delmål er laget sammen med deltakeren og kontaktlæreren, og integreringskontrakt er inngått.',
  ),
];

/** The routine every unit in `DEFAULT_UNITS` starts with, written from the seeds and common municipal practice. */
export const DEFAULT_ROUTINE_TEMPLATES: readonly DefaultRoutineTemplate[] = [
  { unitId: 'bosetting', tasks: BOSETTING },
  { unitId: 'nav', tasks: NAV },
  { unitId: 'helsetjeneste', tasks: HELSETJENESTE },
  { unitId: 'grunnskole', tasks: GRUNNSKOLE },
  { unitId: 'barnehage', tasks: BARNEHAGE },
  { unitId: 'voi', tasks: VOI },
];

/** The routine of a unit a municipality adds itself, until an admin writes one. */
export const GENERIC_ROUTINE_TASKS: readonly RoutineTaskTemplate[] = [
  task('ansvar-avklart', 'Ansvar avklart', 0, 'Leder', 'Enheten har lest kunngjøringen og avklart hvem som følger opp husstanden.'),
  task(
    'forste-kontakt',
    'Første kontakt',
    14,
    'Leder',
    'Enheten har hatt første kontakt med husstanden eller med bosettingskoordinator om hva som trengs.',
  ),
];

/** The built-in routine for a unit in a tenant; the generic routine for a unit without one. */
export function defaultRoutineTemplate(tenantId: string, unitId: string): RoutineTemplate {
  const builtIn = DEFAULT_ROUTINE_TEMPLATES.find((template) => template.unitId === unitId);
  return { tenantId, unitId, tasks: builtIn?.tasks ?? GENERIC_ROUTINE_TASKS };
}
