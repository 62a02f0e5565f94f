/** Texts of residents' proposals: validation, import, share links, storage and the option lists. */
import { AUDIENCES, NEEDS, PRACTICES, type LocalisedText } from "../../proposals/practice-catalogue";

type Lang = keyof LocalisedText;

// The option lists are data in one catalogue; their labels are exposed here under stable keys.
function catalogueMessages(lang: Lang) {
  const out: Record<string, string> = {};
  for (const p of PRACTICES) {
    out[`proposals.practice.${p.key}.name`] = p.name[lang];
    out[`proposals.practice.${p.key}.description`] = p.description[lang];
  }
  for (const a of AUDIENCES) out[`proposals.audience.${a.key}`] = a.name[lang];
  for (const n of NEEDS) out[`proposals.need.${n.key}`] = n.name[lang];
  return out;
}

const nl = {
  "proposals.validation.wrongType": "Wat hier staat, klopt niet.",
  "proposals.validation.invalidId": "De code van dit voorstel klopt niet.",
  "proposals.validation.nameRequired": "Geef de plek een naam.",
  "proposals.validation.tooLong": "Dit is te lang. Gebruik maximaal {{max, count}} tekens.",
  "proposals.validation.invalidLocation": "De plek op de kaart klopt niet.",
  "proposals.validation.invalidLinkedFeature": "De bestaande plek op de kaart klopt niet.",
  "proposals.validation.unknownStatus": "Deze stap bestaat niet: {{value}}.",
  "proposals.validation.unknownPractice": "Deze activiteit staat niet in de lijst: {{value}}.",
  "proposals.validation.unknownAudience": "Deze groep staat niet in de lijst: {{value}}.",
  "proposals.validation.unknownNeed": "Dit staat niet in de lijst van wat de plek nodig heeft: {{value}}.",
  "proposals.validation.unknownDay": "Deze dag bestaat niet: {{value}}.",
  "proposals.validation.invalidSupport": "Het aantal stemmen moet een heel getal zijn, 0 of meer.",
  "proposals.validation.invalidTimestamp": "De datum klopt niet.",
  "proposals.validation.unsupportedVersion": "Dit voorstel komt uit een nieuwere versie van de kaart (versie {{version}}). Laad de pagina opnieuw.",
  "proposals.command.notFound": "Dit voorstel bestaat niet meer.",
  "proposals.command.duplicateId": "Er bestaat al een voorstel met deze code.",
  "proposals.command.noDotsLeft": "Je hebt al je stemmen gebruikt.",
  "proposals.command.noDotToWithdraw": "Je hebt hier geen stem om terug te nemen.",
  "proposals.command.conflict": "Dit is intussen in een ander tabblad veranderd. Kijk het na. Bewaar opnieuw om jouw versie te houden.",
  "proposals.merge.identical": "Dit voorstel heb je al.",
  "proposals.merge.localNewer": "Je eigen versie is even nieuw of nieuwer.",
  "proposals.merge.invalid": "Dit voorstel klopt niet en is overgeslagen.",
  "proposals.import.notJson": "Dit bestand kunnen we niet lezen. Kies een GeoJSON-bestand.",
  "proposals.import.notFeatureCollection": "In dit bestand staan geen voorstellen. Kies een bestand dat je met 'Download als bestand' hebt gemaakt.",
  "proposals.import.tooLarge": "Dit bestand is te groot. Kies een kleiner bestand.",
  "proposals.import.tooMany": "Dit bestand bevat te veel voorstellen. Het maximum is {{max, count}}.",
  "proposals.import.summary": "{{added}} nieuw, {{updated}} bijgewerkt, {{skipped}} overgeslagen.",
  "proposals.share.empty": "Kies minstens één voorstel om te delen.",
  "proposals.share.tooMany": "Je kunt maximaal {{max, count}} voorstellen in één link delen.",
  "proposals.share.tooLarge": "Deze link is te lang. Deel minder voorstellen of gebruik een bestand.",
  "proposals.share.corrupt": "Deze link is beschadigd of onvolledig. Vraag een nieuwe link.",
  "proposals.share.wrongVersion": "Deze link komt uit een andere versie van de kaart. Vraag een nieuwe link.",
  "proposals.share.invalidProposal": "In deze link staat een voorstel dat niet klopt. Vraag een nieuwe link.",
  "proposals.storage.missing": "Deze browser kan voorstellen niet bewaren. Je werk blijft staan tot je de pagina sluit.",
  "proposals.storage.blocked": "De kaart is ook open in een ander tabblad met een oudere versie. Sluit dat tabblad.",
  "proposals.storage.outdated": "De kaart is in een ander tabblad bijgewerkt. Laad deze pagina opnieuw om verder te bewaren.",
  "proposals.storage.quota": "Er is geen plaats meer om voorstellen te bewaren. Je werk blijft staan tot je de pagina sluit.",
  "proposals.storage.version": "De bewaarde voorstellen komen uit een nieuwere versie van de kaart. Laad de pagina opnieuw.",
  "proposals.storage.failed": "Bewaren is niet gelukt. Je werk blijft staan tot je de pagina sluit.",
  "proposals.storage.saved": "Bewaard",
  "proposals.status.idea": "Idee",
  "proposals.status.discussed": "Besproken",
  "proposals.status.trial": "We proberen het uit",
  "proposals.status.realised": "Gelukt: de plek bestaat",
  "proposals.day.mon": "maandag",
  "proposals.day.tue": "dinsdag",
  "proposals.day.wed": "woensdag",
  "proposals.day.thu": "donderdag",
  "proposals.day.fri": "vrijdag",
  "proposals.day.sat": "zaterdag",
  "proposals.day.sun": "zondag",
  "proposals.dots.remaining_one": "Je hebt nog {{count, count}} stem.",
  "proposals.dots.remaining_other": "Je hebt nog {{count, count}} stemmen.",
} as const;

const en: Record<keyof typeof nl, string> = {
  "proposals.validation.wrongType": "What is here is not right.",
  "proposals.validation.invalidId": "The id of this proposal is not valid.",
  "proposals.validation.nameRequired": "Give the place a name.",
  "proposals.validation.tooLong": "This is too long. Use at most {{max, count}} characters.",
  "proposals.validation.invalidLocation": "The place on the map is not valid.",
  "proposals.validation.invalidLinkedFeature": "The existing place on the map is not valid.",
  "proposals.validation.unknownStatus": "This step does not exist: {{value}}.",
  "proposals.validation.unknownPractice": "This activity is not in the list: {{value}}.",
  "proposals.validation.unknownAudience": "This group is not in the list: {{value}}.",
  "proposals.validation.unknownNeed": "This is not in the list of what the place needs: {{value}}.",
  "proposals.validation.unknownDay": "This day does not exist: {{value}}.",
  "proposals.validation.invalidSupport": "The number of votes must be a whole number, 0 or more.",
  "proposals.validation.invalidTimestamp": "The date is not valid.",
  "proposals.validation.unsupportedVersion": "This proposal comes from a newer version of the map (version {{version}}). Reload the page.",
  "proposals.command.notFound": "This proposal no longer exists.",
  "proposals.command.duplicateId": "A proposal with this id already exists.",
  "proposals.command.noDotsLeft": "You have used all your votes.",
  "proposals.command.noDotToWithdraw": "You have no vote here to take back.",
  "proposals.command.conflict": "This was changed in another tab in the meantime. Check it. Save again to keep your version.",
  "proposals.merge.identical": "You already have this proposal.",
  "proposals.merge.localNewer": "Your own version is as new or newer.",
  "proposals.merge.invalid": "This proposal is not valid and was skipped.",
  "proposals.import.notJson": "We cannot read this file. Choose a GeoJSON file.",
  "proposals.import.notFeatureCollection": "This file holds no proposals. Choose a file you made with 'Download as a file'.",
  "proposals.import.tooLarge": "This file is too large. Choose a smaller file.",
  "proposals.import.tooMany": "This file holds too many proposals. The maximum is {{max, count}}.",
  "proposals.import.summary": "{{added}} new, {{updated}} updated, {{skipped}} skipped.",
  "proposals.share.empty": "Choose at least one proposal to share.",
  "proposals.share.tooMany": "You can share at most {{max, count}} proposals in one link.",
  "proposals.share.tooLarge": "This link is too long. Share fewer proposals or use a file.",
  "proposals.share.corrupt": "This link is damaged or incomplete. Ask for a new link.",
  "proposals.share.wrongVersion": "This link comes from another version of the map. Ask for a new link.",
  "proposals.share.invalidProposal": "This link holds a proposal that is not valid. Ask for a new link.",
  "proposals.storage.missing": "This browser cannot keep proposals. Your work stays until you close the page.",
  "proposals.storage.blocked": "The map is also open in another tab with an older version. Close that tab.",
  "proposals.storage.outdated": "The map was updated in another tab. Reload this page to keep saving.",
  "proposals.storage.quota": "There is no room left to keep proposals. Your work stays until you close the page.",
  "proposals.storage.version": "The saved proposals come from a newer version of the map. Reload the page.",
  "proposals.storage.failed": "Saving failed. Your work stays until you close the page.",
  "proposals.storage.saved": "Saved",
  "proposals.status.idea": "Idea",
  "proposals.status.discussed": "Discussed",
  "proposals.status.trial": "Being tried out",
  "proposals.status.realised": "Done: the place exists",
  "proposals.day.mon": "Monday",
  "proposals.day.tue": "Tuesday",
  "proposals.day.wed": "Wednesday",
  "proposals.day.thu": "Thursday",
  "proposals.day.fri": "Friday",
  "proposals.day.sat": "Saturday",
  "proposals.day.sun": "Sunday",
  "proposals.dots.remaining_one": "You have {{count, count}} vote left.",
  "proposals.dots.remaining_other": "You have {{count, count}} votes left.",
};

/** A key that pure proposal code may return; the catalogue labels are looked up by their own keys. */
export type ProposalMessageKey = keyof typeof nl;

export const messages = {
  nl: { ...nl, ...catalogueMessages("nl") },
  en: { ...en, ...catalogueMessages("en") },
} as const;
