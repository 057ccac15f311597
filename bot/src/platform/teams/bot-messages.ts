/** Every short Norwegian text the bot writes outside cards, in one place. */
export const BOT_MESSAGES = {
  turnFailed: 'Beklager, noe gikk galt. Prøv igjen om litt, eller kontakt en administrator hvis feilen fortsetter.',
  notUnderstood: 'Jeg forstod ikke meldingen. Skriv «hjelp» for å se hva jeg kan gjøre.',
  unknownTenant: 'Introteam er ikke satt opp for denne organisasjonen ennå. Kontakt en administrator.',
  bindOnlyInChannel: 'En kanal kan bare kobles til en enhet fra selve kanalen. Skriv «@Introteam koble kanal» i enhetens kanal.',
  onlyAdminMayBind: 'Bare en administrator kan koble en kanal til en enhet.',
  unknownUnit: 'Enheten finnes ikke i denne kommunen. Velg en enhet fra listen.',
  unknownVerb: 'Handlingen er ukjent eller utdatert. Oppdater kortet og prøv igjen.',
  invalidCardData: 'Kortet sendte ugyldige data. Oppdater kortet og prøv igjen.',
  bindingChanged: 'Koblingen ble endret av noen andre samtidig. Kortet er oppdatert – prøv igjen.',
  cardNotForThisChannel: 'Kortet hører ikke til denne enhetens kanal. Bruk kortet i enhetens egen kanal.',
  unknownUser: 'Du er ikke registrert som bruker av Introteam. Be en administrator om tilgang.',
  notYourUnitsSettlement: 'Du kan bare se bosettinger som gjelder enhetene dine. Be en administrator om tilgang til enheten.',
  unknownSettlement: 'Fant ikke bosettingen. Kortet kan være utdatert, eller bosettingen hører til en annen kommune.',
  settlementNotForUnit: 'Bosettingen gjelder ikke denne enheten, så kortet kan ikke vises her.',
  auditFailed: 'Handlingen kunne ikke logges, så ingenting er endret. Prøv igjen om litt.',
  storageUnavailable: 'Lagringen svarer ikke akkurat nå, så ingenting er endret. Prøv igjen om litt.',
} as const;
