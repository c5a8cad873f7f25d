/**
 * Parsing of response import files (CSV and XLSX) into normalised responses.
 *
 * <p>Pure: bytes and a file name in, {@link dk.virkning.core.importing.ImportResult} out. No
 * database and no project knowledge; the import service validates participants, waves and
 * instruments afterwards and reports its own errors at the {@link
 * dk.virkning.core.importing.SourceCell}s this package hands back. Entry point: {@link
 * dk.virkning.core.importing.ImportParser}.
 *
 * <h2>Accepted headers</h2>
 * Matching ignores case, surrounding whitespace and Unicode normalisation; spaces and hyphens
 * count as underscores. Aliases (see {@link dk.virkning.core.importing.KnownColumn}):
 * <ul>
 *   <li>participant: participant, participant_code, participant_id, deltager, deltagerkode,
 *       deltager_kode, deltager_id</li>
 *   <li>wave: wave, målepunkt, maalepunkt</li>
 *   <li>instrument: instrument, skema, spørgeskema, spoergeskema</li>
 *   <li>answered_on: answered_on, answered, date, besvaret, besvaret_den, besvarelsesdato,
 *       dato</li>
 *   <li>item: item, spørgsmål, spoergsmaal, sporgsmaal</li>
 *   <li>value: value, answer, værdi, vaerdi, svar</li>
 *   <li>mode: mode, metode</li>
 * </ul>
 * Long format needs participant, wave, instrument, item, value; wide format needs participant,
 * wave and item columns named {@code <INSTRUMENT>_<item>} (split on the last underscore).
 */
package dk.virkning.core.importing;
