//! The register as CSV, for spreadsheet users: export with the columns a corrective-action
//! register uses (UTF-8 with a byte-order mark, so Excel shows accents), and import from comma-
//! or semicolon-separated files (Dutch Excel writes semicolons) with columns mapped from common
//! English and Dutch headers. Parsing never panics; every row that cannot be used says why.

use chrono::{DateTime, NaiveDate, Utc};

use crate::catalogue::fold;
use crate::history;
use crate::i18n::Lang;
use crate::lifecycle::Stage;
use crate::model::{
    DateMeaning, Effectiveness, ItemId, Kind, Nonconformity, Person, PersonId, Source, Workspace,
};

/// A column the register knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CsvColumn {
    Id,
    Identified,
    Source,
    Reference,
    Kind,
    Title,
    Description,
    RootCause,
    Correction,
    Action,
    Owner,
    Due,
    Stage,
    VerificationPlanned,
    Verifier,
    VerificationResult,
    VerifiedOn,
    VerifiedBy,
    ClosedOn,
}

impl CsvColumn {
    pub const ALL: [CsvColumn; 19] = [
        CsvColumn::Id,
        CsvColumn::Identified,
        CsvColumn::Source,
        CsvColumn::Reference,
        CsvColumn::Kind,
        CsvColumn::Title,
        CsvColumn::Description,
        CsvColumn::RootCause,
        CsvColumn::Correction,
        CsvColumn::Action,
        CsvColumn::Owner,
        CsvColumn::Due,
        CsvColumn::Stage,
        CsvColumn::VerificationPlanned,
        CsvColumn::Verifier,
        CsvColumn::VerificationResult,
        CsvColumn::VerifiedOn,
        CsvColumn::VerifiedBy,
        CsvColumn::ClosedOn,
    ];

    pub fn header(self, lang: Lang) -> &'static str {
        use CsvColumn as C;
        match self {
            C::Id => "Id",
            C::Identified => lang.pick("Date identified", "Datum geïdentificeerd"),
            C::Source => lang.pick("Source", "Bron"),
            C::Reference => lang.pick("Reference", "Referentie"),
            C::Kind => lang.pick("Kind", "Soort"),
            C::Title => lang.pick("Title", "Titel"),
            C::Description => lang.pick("Description", "Beschrijving"),
            C::RootCause => lang.pick("Root cause", "Grondoorzaak"),
            C::Correction => lang.pick("Correction", "Correctie"),
            C::Action => lang.pick("Action", "Actie"),
            C::Owner => lang.pick("Owner", "Eigenaar"),
            C::Due => lang.pick("Due", "Streefdatum"),
            C::Stage => lang.pick("Stage", "Fase"),
            C::VerificationPlanned => {
                lang.pick("Verification planned on", "Verificatie gepland op")
            }
            C::Verifier => lang.pick("To be verified by", "Te verifiëren door"),
            C::VerificationResult => lang.pick("Verification result", "Resultaat verificatie"),
            C::VerifiedOn => lang.pick("Verified on", "Geverifieerd op"),
            C::VerifiedBy => lang.pick("Verified by", "Geverifieerd door"),
            C::ClosedOn => lang.pick("Closed on", "Afgesloten op"),
        }
    }

    /// Headers people use for this column, folded (lower case, no accents, letters only).
    fn synonyms(self) -> &'static [&'static str] {
        use CsvColumn as C;
        match self {
            C::Id => &["id", "nr", "nummer", "number", "no", "ref id", "itemid"],
            C::Identified => &[
                "dateidentified",
                "identified",
                "identifiedon",
                "date",
                "datum",
                "datumgeidentificeerd",
                "geidentificeerdop",
                "datumgemeld",
                "datummelding",
                "reported",
                "raised",
            ],
            C::Source => &["source", "bron", "herkomst", "origin"],
            C::Reference => &[
                "reference",
                "referentie",
                "ref",
                "kenmerk",
                "auditreport",
                "incident",
                "incidentnr",
            ],
            C::Kind => &["kind", "type", "soort", "categorie", "category"],
            C::Title => &[
                "title",
                "titel",
                "onderwerp",
                "subject",
                "finding",
                "bevinding",
                "naam",
                "name",
                "summary",
                "samenvatting",
            ],
            C::Description => &[
                "description",
                "beschrijving",
                "omschrijving",
                "details",
                "toelichting",
            ],
            C::RootCause => &[
                "rootcause",
                "grondoorzaak",
                "oorzaak",
                "cause",
                "oorzaakanalyse",
            ],
            C::Correction => &[
                "correction",
                "correctie",
                "herstel",
                "immediateaction",
                "directeactie",
            ],
            C::Action => &[
                "action",
                "actie",
                "maatregel",
                "correctiveaction",
                "corrigerendemaatregel",
                "verbeteractie",
                "improvement",
                "verbetering",
            ],
            C::Owner => &[
                "owner",
                "eigenaar",
                "verantwoordelijke",
                "responsible",
                "actiehouder",
                "assignee",
            ],
            C::Due => &[
                "due",
                "duedate",
                "deadline",
                "streefdatum",
                "einddatum",
                "gereedop",
                "target date",
                "targetdate",
            ],
            C::Stage => &["stage", "status", "fase", "state"],
            C::VerificationPlanned => &[
                "verificationplannedon",
                "verificationplanned",
                "plannedverification",
                "verificationdue",
                "verificatiegeplandop",
                "verificatiegepland",
                "geplandeverificatie",
                "effectivenesscheck",
                "effectiviteitscontrole",
            ],
            C::Verifier => &[
                "tobeverifiedby",
                "teverifierendoor",
                "verificationby",
                "verificatiedoor",
                "tecontrolerendoor",
            ],
            C::VerificationResult => &[
                "verificationresult",
                "result",
                "resultaat",
                "resultaatverificatie",
                "effectiveness",
                "effectiviteit",
                "effectief",
            ],
            C::VerifiedOn => &[
                "verifiedon",
                "verified",
                "geverifieerdop",
                "datumverificatie",
                "verificatiedatum",
            ],
            C::VerifiedBy => &[
                "verifiedby",
                "geverifieerddoor",
                "verifier",
                "checkedby",
                "gecontroleerddoor",
            ],
            C::ClosedOn => &[
                "closedon",
                "closed",
                "afgeslotenop",
                "datumafgesloten",
                "afgesloten",
                "closingdate",
                "sluitingsdatum",
            ],
        }
    }

    /// The column a header most likely means, if any.
    pub fn guess(header: &str) -> Option<CsvColumn> {
        let key: String = fold(header)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect();
        if key.is_empty() {
            return None;
        }
        CsvColumn::ALL
            .into_iter()
            .find(|c| c.synonyms().iter().any(|s| s.replace(' ', "") == key))
    }
}

/// The register as CSV: a byte-order mark, a header row in `lang`, one row per item.
pub fn export_register(ws: &Workspace, lang: Lang, delimiter: u8) -> String {
    write_register(ws, ws.items.iter(), lang, delimiter)
}

/// Some items of the register as CSV, in the order given (the register's order as filtered and
/// sorted on screen); ids not in the workspace are left out.
pub fn export_items(ws: &Workspace, ids: &[ItemId], lang: Lang, delimiter: u8) -> String {
    // An index, not a search per id: the register may list thousands of items.
    let by_id = crate::model::ItemIndex::new(&ws.items);
    let items = ids.iter().filter_map(|id| by_id.get(id));
    write_register(ws, items, lang, delimiter)
}

fn write_register<'a>(
    ws: &Workspace,
    items: impl Iterator<Item = &'a crate::model::Item>,
    lang: Lang,
    delimiter: u8,
) -> String {
    let mut writer = ::csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(Vec::new());
    let header: Vec<&str> = CsvColumn::ALL.iter().map(|c| c.header(lang)).collect();
    let mut rows = vec![header
        .iter()
        .map(|h| (*h).to_owned())
        .collect::<Vec<String>>()];
    for item in items {
        let nc = item.nonconformity.as_deref();
        let date = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        let name = |p: Option<&PersonId>| p.map(|p| ws.person_name(p)).unwrap_or_default();
        let action = nc
            .map(|n| n.cause_action.clone())
            .filter(|a| !a.is_empty())
            .unwrap_or_else(|| item.plan.what.clone());
        rows.push(vec![
            item.id.to_string(),
            item.identified_on.to_string(),
            item.source.label(lang).to_owned(),
            item.source_ref.clone(),
            item.kind.label(lang).to_owned(),
            item.title.clone(),
            item.description.clone(),
            nc.map(|n| n.root_cause.clone()).unwrap_or_default(),
            nc.map(|n| n.correction.clone()).unwrap_or_default(),
            action,
            name(item.plan.owner.as_ref()),
            date(item.plan.due),
            item.stage.label(lang).to_owned(),
            date(item.verification.planned),
            name(item.verification.verifier.as_ref()),
            item.verification
                .result
                .map(|r| r.label(lang).to_owned())
                .unwrap_or_default(),
            date(item.verification.verified_on),
            name(item.verification.verified_by.as_ref()),
            date(item.closed_on),
        ]);
    }
    for row in &rows {
        // Writing to a Vec cannot fail.
        let _ = writer.write_record(row.iter().map(|cell| super::defused(cell)));
    }
    let bytes = writer.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

/// A parsed CSV file with its columns mapped (automatically at first; the user may remap).
#[derive(Debug, Clone, PartialEq)]
pub struct CsvImport {
    pub delimiter: u8,
    pub headers: Vec<String>,
    pub mapping: Vec<Option<CsvColumn>>,
    pub rows: Vec<Vec<String>>,
    /// The file line each row starts on (quoted fields may span lines).
    pub lines: Vec<usize>,
}

/// Why a row was not imported, or what was adjusted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvRowProblem {
    /// 1-based line in the file, the header being line 1.
    pub line: usize,
    pub message_en: String,
    pub message_nl: String,
}

impl CsvRowProblem {
    fn new(line: usize, en: String, nl: String) -> Self {
        CsvRowProblem {
            line,
            message_en: en,
            message_nl: nl,
        }
    }

    pub fn message(&self, lang: Lang) -> &str {
        lang.pick(&self.message_en, &self.message_nl)
    }
}

/// Reads a register from CSV text. The delimiter (comma, semicolon or tab) is taken from the
/// header line. Errors only when there is no header with at least a title column.
pub fn import_register(text: &str) -> Result<CsvImport, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().next().unwrap_or_default();
    let delimiter = [b';', b',', b'\t']
        .into_iter()
        .max_by_key(|d| first.bytes().filter(|b| b == d).count())
        .unwrap_or(b',');
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut records = Vec::new();
    for record in reader.records() {
        match record {
            Ok(r) => {
                let line = r.position().map_or(0, |p| p.line() as usize);
                records.push((
                    line,
                    r.iter()
                        .map(|f| super::restored(f.trim()).to_owned())
                        .collect::<Vec<String>>(),
                ));
            }
            Err(e) => return Err(e.to_string()),
        }
    }
    let mut records = records.into_iter();
    let headers = records.next().map(|(_, h)| h).unwrap_or_default();
    let mut mapping: Vec<Option<CsvColumn>> = Vec::with_capacity(headers.len());
    for h in &headers {
        let guess = CsvColumn::guess(h).filter(|g| !mapping.contains(&Some(*g)));
        mapping.push(guess);
    }
    if !mapping.contains(&Some(CsvColumn::Title)) {
        return Err("no column for the title".into());
    }
    let (lines, rows) = records
        .filter(|(_, r)| r.iter().any(|f| !f.is_empty()))
        .unzip();
    Ok(CsvImport {
        delimiter,
        headers,
        mapping,
        rows,
        lines,
    })
}

fn matches_label<T: Copy>(
    all: &[T],
    text: &str,
    label: impl Fn(T, Lang) -> &'static str,
) -> Option<T> {
    let key = fold(text.trim());
    all.iter()
        .copied()
        .find(|v| Lang::ALL.iter().any(|l| fold(label(*v, *l)) == key))
}

impl CsvImport {
    /// The items the rows describe, as a workspace to preview and merge into `base`: `base`'s
    /// people plus any new owners, and one item per usable row. Rows with an id keep it; the
    /// others get new ids after `base`'s.
    pub fn to_workspace(
        &self,
        base: &Workspace,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> (Workspace, Vec<CsvRowProblem>) {
        let mut out = Workspace::new(base.name.clone(), base.language, now);
        out.people = base.people.clone();
        out.objectives = base.objectives.clone();
        let mut numbering = base.clone();
        let mut problems = Vec::new();
        for (r, row) in self.rows.iter().enumerate() {
            let line = self.lines.get(r).copied().unwrap_or(r + 2);
            let get = |col: CsvColumn| -> &str {
                self.mapping
                    .iter()
                    .position(|m| *m == Some(col))
                    .and_then(|i| row.get(i))
                    .map_or("", String::as_str)
            };
            let title = get(CsvColumn::Title);
            if title.is_empty() {
                problems.push(CsvRowProblem::new(
                    line,
                    "No title: row skipped.".into(),
                    "Geen titel: rij overgeslagen.".into(),
                ));
                continue;
            }
            let given_id = Some(get(CsvColumn::Id))
                .filter(|t| !t.is_empty())
                .and_then(|t| ItemId::parse(t).ok());
            let kind_text = get(CsvColumn::Kind);
            let kind = matches_label(&Kind::ALL, kind_text, Kind::label)
                .or_else(|| match fold(kind_text).as_str() {
                    "ca" | "corrective" | "nc" | "afwijking" | "corrigerend" => {
                        Some(Kind::CorrectiveAction)
                    }
                    "ci" | "improvement" | "verbetering" => Some(Kind::ContinualImprovement),
                    _ => None,
                })
                .or(given_id.and_then(|id| id.kind()))
                .unwrap_or(Kind::ContinualImprovement);
            let id = match given_id.filter(|id| id.kind() == Some(kind)) {
                Some(id) if !out.items.iter().any(|i| i.id == id) => id,
                _ => numbering.next_item_id(kind),
            };
            let mut note = |en: String, nl: String| problems.push(CsvRowProblem::new(line, en, nl));
            let date = |col: CsvColumn,
                        note: &mut dyn FnMut(String, String)|
             -> Option<NaiveDate> {
                let text = get(col);
                if text.is_empty() {
                    return None;
                }
                let parsed = crate::model::parse_date(text);
                if parsed.is_none() {
                    note(
                        format!("“{text}” is not a date (use 2026-03-31 or 31-03-2026): left empty."),
                        format!("“{text}” is geen datum (gebruik 2026-03-31 of 31-03-2026): leeg gelaten."),
                    );
                }
                parsed
            };
            // A day that records what happened, as its form field takes it: none still to come.
            let happened = |col: CsvColumn, note: &mut dyn FnMut(String, String)| {
                let day = date(col, note)?;
                if !DateMeaning::Happened.takes(day, today) {
                    note(
                        format!(
                            "“{day}” ({}) is a day still to come: not taken.",
                            col.header(Lang::En)
                        ),
                        format!(
                            "“{day}” ({}) is een dag die nog moet komen: niet overgenomen.",
                            col.header(Lang::Nl)
                        ),
                    );
                    return None;
                }
                Some(day)
            };
            let identified = happened(CsvColumn::Identified, &mut note).unwrap_or(today);
            let due = date(CsvColumn::Due, &mut note);
            let verification_planned = date(CsvColumn::VerificationPlanned, &mut note);
            let verified_on = happened(CsvColumn::VerifiedOn, &mut note);
            let closed_on = happened(CsvColumn::ClosedOn, &mut note);
            let source_text = get(CsvColumn::Source);
            let source = matches_label(&Source::ALL, source_text, Source::label);
            if source.is_none() && !source_text.is_empty() {
                note(
                    format!("Unknown source “{source_text}”: set to Other."),
                    format!("Onbekende bron “{source_text}”: op Overig gezet."),
                );
            }
            let stage_text = get(CsvColumn::Stage);
            let mut stage =
                matches_label(&Stage::ALL, stage_text, Stage::label).unwrap_or(Stage::Identified);
            if stage_text.is_empty() {
                stage = if closed_on.is_some() {
                    Stage::Closed
                } else {
                    Stage::Identified
                };
            } else if matches_label(&Stage::ALL, stage_text, Stage::label).is_none() {
                note(
                    format!("Unknown stage “{stage_text}”: set to Identified."),
                    format!("Onbekende fase “{stage_text}”: op Geïdentificeerd gezet."),
                );
            }
            let result_text = get(CsvColumn::VerificationResult);
            let result = matches_label(&Effectiveness::ALL, result_text, Effectiveness::label);
            if result.is_none() && !result_text.is_empty() {
                note(
                    format!("Unknown verification result “{result_text}”: left empty."),
                    format!("Onbekend verificatieresultaat “{result_text}”: leeg gelaten."),
                );
            }
            let owner = person_named(&mut out, get(CsvColumn::Owner));
            let verifier = person_named(&mut out, get(CsvColumn::Verifier));
            let verified_by = person_named(&mut out, get(CsvColumn::VerifiedBy));
            let item = history::create(id, kind, now, |i| {
                i.title = title.to_owned();
                i.description = get(CsvColumn::Description).to_owned();
                i.identified_on = identified;
                i.source = source.unwrap_or(Source::Other);
                i.source_ref = get(CsvColumn::Reference).to_owned();
                i.plan.owner = owner;
                i.plan.due = due;
                i.verification.planned = verification_planned;
                i.verification.verifier = verifier;
                i.verification.result = result;
                i.verification.verified_on = verified_on;
                i.verification.verified_by = verified_by;
                if kind == Kind::CorrectiveAction {
                    i.nonconformity = Some(Box::new(Nonconformity {
                        description: i.description.clone(),
                        root_cause: get(CsvColumn::RootCause).to_owned(),
                        correction: get(CsvColumn::Correction).to_owned(),
                        cause_action: get(CsvColumn::Action).to_owned(),
                        ..Nonconformity::default()
                    }));
                } else {
                    i.plan.what = get(CsvColumn::Action).to_owned();
                }
                i.stage = stage;
                if stage == Stage::Closed {
                    i.closed_on = closed_on.or(Some(today)).map(|d| d.max(identified));
                }
                if stage == Stage::OnHold {
                    i.held_from = Some(Stage::Identified);
                }
            });
            numbering.items.push(item.clone());
            out.items.push(item);
        }
        (out, problems)
    }
}

/// The person called `name` (compared without case or accents), added to `ws` when there is
/// none yet; `None` for an empty cell.
fn person_named(ws: &mut Workspace, name: &str) -> Option<PersonId> {
    if name.is_empty() {
        return None;
    }
    let found = ws
        .people
        .iter()
        .find(|p| fold(&p.name) == fold(name))
        .map(|p| p.id.clone());
    Some(found.unwrap_or_else(|| {
        let id = ws.next_person_id();
        ws.people.push(Person {
            id: id.clone(),
            name: name.to_owned(),
            role: String::new(),
        });
        id
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example;
    use chrono::TimeZone;
    use proptest::prelude::*;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap()
    }

    #[test]
    fn the_export_has_a_bom_the_register_columns_and_a_row_per_item() {
        let ws = example::workspace(Lang::Nl, now().date_naive(), now());
        let text = export_register(&ws, Lang::Nl, b';');
        assert!(text.starts_with("\u{feff}Id;Datum geïdentificeerd;Bron;Referentie;Soort;Titel;"));
        let parsed = import_register(&text).unwrap();
        assert_eq!(parsed.delimiter, b';');
        assert_eq!(parsed.rows.len(), ws.items.len());
        assert!(
            parsed.mapping.iter().all(Option::is_some),
            "every exported column maps back: {:?}",
            parsed.headers
        );
    }

    #[test]
    fn exporting_chosen_items_keeps_their_order_and_leaves_out_the_rest() {
        let ws = example::workspace(Lang::En, now().date_naive(), now());
        let id = |s: &str| ItemId::parse(s).unwrap();
        let chosen = [id("CI-007"), id("CA-001"), id("CI-999")];
        let parsed = import_register(&export_items(&ws, &chosen, Lang::En, b',')).unwrap();
        let ids: Vec<&str> = parsed.rows.iter().map(|r| r[0].as_str()).collect();
        assert_eq!(ids, ["CI-007", "CA-001"], "an unknown id is left out");
        assert_eq!(
            export_items(&ws, &[], Lang::En, b',').lines().count(),
            1,
            "no items: the header alone"
        );
    }

    #[test]
    fn an_exported_register_imports_back_to_the_same_facts() {
        let ws = example::workspace(Lang::En, now().date_naive(), now());
        let parsed = import_register(&export_register(&ws, Lang::En, b',')).unwrap();
        let empty = Workspace::new("x", Lang::En, now());
        let (incoming, problems) = parsed.to_workspace(&empty, now().date_naive(), now());
        assert_eq!(problems, vec![]);
        assert_eq!(incoming.items.len(), ws.items.len());
        for (a, b) in ws.items.iter().zip(&incoming.items) {
            assert_eq!(
                (a.id, a.kind, &a.title, a.stage, a.source, a.plan.due),
                (b.id, b.kind, &b.title, b.stage, b.source, b.plan.due)
            );
            assert_eq!(a.closed_on, b.closed_on);
            let name = |p: Option<&PersonId>, ws: &Workspace| p.map(|p| ws.person_name(p));
            assert_eq!(
                name(a.verification.verified_by.as_ref(), &ws),
                name(b.verification.verified_by.as_ref(), &incoming)
            );
            assert_eq!(
                name(a.verification.verifier.as_ref(), &ws),
                name(b.verification.verifier.as_ref(), &incoming)
            );
            assert_eq!(a.verification.planned, b.verification.planned);
        }
        assert!(
            incoming
                .items
                .iter()
                .any(|i| i.verification.verifier.is_some() && i.verification.planned.is_some()),
            "the example plans checks and names who is to carry them out"
        );
        assert!(
            incoming
                .items
                .iter()
                .any(|i| i.verification.verified_by.is_some()),
            "the example's closed items were verified by someone"
        );
        assert!(
            crate::file::validate(&incoming).is_empty(),
            "{:?}",
            crate::file::validate(&incoming)
        );
    }

    #[test]
    fn a_text_a_spreadsheet_would_run_as_a_formula_is_exported_as_text_and_imported_as_it_was() {
        let mut ws = example::workspace(Lang::En, now().date_naive(), now());
        let formula = "=HYPERLINK(\"https://example.org\",\"Open\")";
        ws.items[0].title = formula.into();
        ws.items[0].description = "- first line\n- second line".into();
        let text = export_register(&ws, Lang::En, b',');
        assert!(
            text.contains("\"'=HYPERLINK(\"\"https://example.org\"\",\"\"Open\"\")\""),
            "{text}"
        );
        assert!(!text.contains(",=") && !text.contains(",\"="), "{text}");
        let parsed = import_register(&text).unwrap();
        let empty = Workspace::new("x", Lang::En, now());
        let (incoming, _) = parsed.to_workspace(&empty, now().date_naive(), now());
        assert_eq!(incoming.items[0].title, formula);
        assert_eq!(incoming.items[0].description, ws.items[0].description);
    }

    #[test]
    fn dutch_excel_headers_map_and_bad_cells_are_reported() {
        let text = "Nr;Onderwerp;Omschrijving;Bron;Status;Eigenaar;Deadline;Type;Gecontroleerd door\n\
                    ;Back-ups offline bewaren;Ransomware;Dreigingsinformatie;Gepland;Joost;31-12-2026;Continue verbetering;\n\
                    CA-004;Patch gemist;DB-03;Afwijking of incident;Onzin;Joost;volgende week;afwijking;JOOST\n\
                    ;;;;;;;;\n\
                    ;;alleen beschrijving;;;;;;\n";
        let parsed = import_register(text).unwrap();
        assert_eq!(
            parsed.mapping,
            vec![
                Some(CsvColumn::Id),
                Some(CsvColumn::Title),
                Some(CsvColumn::Description),
                Some(CsvColumn::Source),
                Some(CsvColumn::Stage),
                Some(CsvColumn::Owner),
                Some(CsvColumn::Due),
                Some(CsvColumn::Kind),
                Some(CsvColumn::VerifiedBy)
            ]
        );
        let base = Workspace::new("x", Lang::Nl, now());
        let (ws, problems) = parsed.to_workspace(&base, now().date_naive(), now());
        assert_eq!(ws.items.len(), 2);
        assert_eq!(ws.items[0].stage, Stage::Planned);
        assert_eq!(ws.items[0].plan.due, NaiveDate::from_ymd_opt(2026, 12, 31));
        assert_eq!(ws.items[1].id.to_string(), "CA-004");
        assert_eq!(
            ws.people.len(),
            1,
            "one new owner, shared by both rows and the verifier"
        );
        assert_eq!(ws.items[1].verification.verified_by, ws.items[1].plan.owner);
        let lines: Vec<usize> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, vec![3, 3, 5]);
        assert!(problems[0].message(Lang::Nl).contains("geen datum"));
        assert!(crate::file::validate(&ws).is_empty());
    }

    #[test]
    fn a_day_still_to_come_is_not_taken_where_the_column_records_what_happened() {
        let text = "Title,Identified on,Due date,Verification planned on,Verified on\n\
                    Offline backups,2026-12-01,2027-01-31,2027-02-15,2026-12-24\n\
                    Patch process,2026-11-27,,,2026-11-27\n";
        let parsed = import_register(text).unwrap();
        let base = Workspace::new("x", Lang::En, now());
        let today = now().date_naive();
        let (ws, problems) = parsed.to_workspace(&base, today, now());
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        // The plan's days still to come are what plans are for; the identified and verified days
        // still to come are not taken (identified: today, as for an empty cell).
        let future = &ws.items[0];
        assert_eq!(future.identified_on, today);
        assert_eq!(future.verification.verified_on, None);
        assert_eq!(future.plan.due, day("2027-01-31"));
        assert_eq!(future.verification.planned, day("2027-02-15"));
        let said: Vec<String> = problems
            .iter()
            .map(|p| p.message(Lang::En).to_owned())
            .collect();
        assert_eq!(
            said,
            [
                "“2026-12-01” (Date identified) is a day still to come: not taken.",
                "“2026-12-24” (Verified on) is a day still to come: not taken."
            ]
        );
        assert!(problems.iter().all(|p| p.line == 2));
        assert!(problems[0]
            .message(Lang::Nl)
            .contains("een dag die nog moet komen"));
        // Today and earlier are taken.
        assert_eq!(ws.items[1].identified_on, now().date_naive());
        assert_eq!(ws.items[1].verification.verified_on, day("2026-11-27"));
    }

    #[test]
    fn a_planned_check_and_who_is_to_carry_it_out_are_read_from_their_columns() {
        let text = "Titel;Eigenaar;Verificatie gepland op;Te verifiëren door;Geverifieerd door\n\
                    Back-ups offline bewaren;Joost;15-01-2027;Sanne;\n\
                    Patch gemist;Joost;morgen;;\n";
        let parsed = import_register(text).unwrap();
        assert_eq!(
            parsed.mapping[2..],
            [
                Some(CsvColumn::VerificationPlanned),
                Some(CsvColumn::Verifier),
                Some(CsvColumn::VerifiedBy)
            ]
        );
        let base = Workspace::new("x", Lang::Nl, now());
        let (ws, problems) = parsed.to_workspace(&base, now().date_naive(), now());
        let check = &ws.items[0].verification;
        assert_eq!(check.planned, NaiveDate::from_ymd_opt(2027, 1, 15));
        assert_eq!(
            check
                .verifier
                .as_ref()
                .map(|p| ws.person_name(p))
                .as_deref(),
            Some("Sanne")
        );
        assert_eq!(check.verified_by, None, "to verify is not to have verified");
        assert_eq!(ws.people.len(), 2, "Joost and Sanne");
        assert_eq!(ws.items[1].verification.planned, None);
        assert_eq!(problems.iter().map(|p| p.line).collect::<Vec<_>>(), vec![3]);
        assert!(problems[0]
            .message(Lang::Nl)
            .contains("“morgen” is geen datum"));
        assert!(crate::file::validate(&ws).is_empty());
    }

    #[test]
    fn a_file_without_a_title_column_is_refused() {
        assert!(import_register("a,b\n1,2\n").is_err());
        assert!(import_register("").is_err());
    }

    proptest! {
        #[test]
        fn arbitrary_csv_never_panics(text in "(?s).{0,300}", title in any::<bool>()) {
            let text = if title { format!("Title;Status;Due\n{text}") } else { text };
            if let Ok(parsed) = import_register(&text) {
                let base = Workspace::new("x", Lang::En, now());
                let (ws, _) = parsed.to_workspace(&base, now().date_naive(), now());
                prop_assert!(crate::file::validate(&ws).is_empty(), "{:?}", crate::file::validate(&ws));
            }
        }
    }
}
