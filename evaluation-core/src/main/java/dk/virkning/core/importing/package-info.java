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
 * Columns that are neither are refused (data is never dropped silently); columns with a blank
 * header are ignored as long as their cells are empty.
 *
 * <h2>Values</h2>
 * <ul>
 *   <li>Answers: whole numbers; {@code 4}, {@code 4.0} and {@code 4,0} are 4, {@code 4,5} is
 *       refused. Wide format: an empty cell is an unanswered item. Long format: an empty value is
 *       an unanswered item; the item may be written {@code 3} or {@code WHO5_3}.</li>
 *   <li>Dates: {@code 2025-03-01}, {@code 01-03-2025}, {@code 01.03.2025}, {@code 1/3/2025}
 *       (day first), Excel date cells; a time after the date is ignored; two-digit years are
 *       refused.</li>
 *   <li>Mode: SELF, WEB_LINK, INTERVIEW, STAFF_ENTERED in any case, plus selv, web, link,
 *       staff, personale, medarbejder.</li>
 * </ul>
 *
 * <h2>Files</h2>
 * XLSX (first sheet) is recognised by its ZIP signature, whatever the name; .xls, .xlsb, .ods
 * and other binaries are refused with a request to save as .xlsx or CSV. CSV text may be UTF-8
 * (with or without BOM), Windows-1252, or UTF-16 with BOM; the delimiter ({@code ,} {@code ;}
 * or tab) is taken from the header line or an Excel {@code sep=} line. Blank rows are skipped
 * but keep their row numbers. Limits: {@link dk.virkning.core.importing.ImportLimits}.
 */
package dk.virkning.core.importing;
