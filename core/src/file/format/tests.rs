//! Loading and saving: every bad input gets its own error, every good file round-trips.

use super::*;
use crate::arb;
use crate::i18n::Lang;
use crate::model::{Kind, Person, PersonId};
use proptest::prelude::*;

fn sample() -> Workspace {
    let mut ws = Workspace::new("Acme Zorg", Lang::Nl, arb::base_time());
    ws.people.push(Person {
        id: PersonId::new(1),
        name: "Sanne".into(),
        role: "CISO".into(),
    });
    ws.items.push(crate::history::create(
        ws.next_item_id(Kind::ContinualImprovement),
        Kind::ContinualImprovement,
        arb::base_time(),
        |i| i.title = "Tabletop-oefeningen".into(),
    ));
    ws
}

fn problems(result: Result<Loaded, LoadError>) -> Vec<Problem> {
    match result {
        Err(LoadError::Invalid(p)) => p,
        other => panic!("expected problems, got {other:?}"),
    }
}

#[test]
fn saving_is_stable_and_loads_back() {
    let ws = sample();
    let text = save(&ws);
    assert_eq!(text, save(&ws.clone()));
    assert!(text.starts_with("{\n  \"format\": \"isms-improvement-workbench\",\n  \"version\": 1,"));
    let loaded = load(text.as_bytes()).unwrap();
    assert_eq!(loaded.workspaces, vec![ws]);
}

#[test]
fn a_full_export_holds_every_workspace() {
    let a = sample();
    let mut b = sample();
    b.name = "Other".into();
    let loaded = load_str(&save_all(&[a.clone(), b.clone()])).unwrap();
    assert_eq!(loaded.workspaces, vec![a, b]);
}

#[test]
fn bad_inputs_get_their_own_error() {
    assert_eq!(load(b""), Err(LoadError::Empty));
    assert_eq!(load(b"  \n"), Err(LoadError::Empty));
    assert_eq!(load(&[0xff, 0xfe, 0x00, 0x01]), Err(LoadError::NotText));
    assert_eq!(load(b"{\"a\":\0}"), Err(LoadError::NotText));
    assert!(matches!(
        load(b"{\"format\": "),
        Err(LoadError::NotJson { line: 1, .. })
    ));
    assert_eq!(load(b"[1,2]"), Err(LoadError::OtherFormat { found: None }));
    assert_eq!(
        load(br#"{"format":"something-else","version":1}"#),
        Err(LoadError::OtherFormat {
            found: Some("something-else".into())
        })
    );
    assert_eq!(
        load(br#"{"format":"isms-improvement-workbench","version":7,"workspace":{}}"#),
        Err(LoadError::NewerVersion {
            found: 7,
            supported: 1
        })
    );
    assert_eq!(
        load(br#"{"format":"isms-improvement-workbench","version":0}"#),
        Err(LoadError::BadVersion)
    );
    assert_eq!(
        load(br#"{"format":"isms-improvement-workbench","version":"1"}"#),
        Err(LoadError::BadVersion)
    );
    let big = vec![b' '; MAX_BYTES + 1];
    assert!(matches!(load(&big), Err(LoadError::TooLarge { .. })));
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let text = format!("\u{feff}{}", save(&sample()));
    assert!(load_str(&text).is_ok());
}

#[test]
fn every_broken_item_is_reported_with_its_path() {
    let mut value: serde_json::Value = serde_json::from_str(&save(&sample())).unwrap();
    let item = value["workspace"]["items"][0].clone();
    let broken = |n: u32, field: &str, bad: serde_json::Value| {
        let mut it = item.clone();
        it["id"] = format!("CI-00{n}").into();
        it[field] = bad;
        it
    };
    value["workspace"]["items"] = serde_json::json!([
        item,
        broken(2, "inputs", serde_json::json!({"impact": "high"})),
        broken(3, "stage", "finished".into()),
        broken(
            4,
            "plan",
            serde_json::json!({"actions": [{"description": "ok"}, {"due": "next week"}]})
        ),
        broken(5, "title", 12.into()),
    ]);
    value["workspace"]["settings"] = serde_json::json!({"model": "magic"});
    let found = problems(load_str(&value.to_string()));
    let paths: Vec<_> = found.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "workspace.items[1].inputs.impact",
            "workspace.items[2].stage",
            "workspace.items[3].plan.actions[1].due",
            "workspace.items[4].title",
            "workspace.settings.model",
        ]
    );
    assert!(found[0]
        .message(Lang::En)
        .starts_with("Unexpected value: invalid type"));
}

#[test]
fn duplicate_ids_broken_references_bad_dates_and_ranges_are_all_reported() {
    let mut ws = sample();
    let mut dup = ws.items[0].clone();
    dup.plan.owner = Some(PersonId::new(9));
    dup.verification.verifier = Some(PersonId::new(8));
    dup.links.controls.push("A.9.99".into());
    dup.links.clauses.push("11.1".into());
    dup.inputs.impact = Some(6);
    dup.plan.start = chrono::NaiveDate::from_ymd_opt(2026, 5, 1);
    dup.plan.due = chrono::NaiveDate::from_ymd_opt(2026, 4, 1);
    ws.items.push(dup);
    let found = problems(load_str(&save(&ws)));
    let got: Vec<(String, String)> = found
        .iter()
        .map(|p| (p.path.clone(), p.message(Lang::En)))
        .collect();
    let expect = [
        (
            "workspace.items[1].id",
            "The id CI-001 is used more than once.",
        ),
        (
            "workspace.items[1].plan.due",
            "The due date is before the start date.",
        ),
        (
            "workspace.items[1].inputs.impact",
            "6 is not between 1 and 5.",
        ),
        (
            "workspace.items[1].links.clauses[0]",
            "11.1 refers to something that does not exist.",
        ),
        (
            "workspace.items[1].links.controls[0]",
            "A.9.99 refers to something that does not exist.",
        ),
        (
            "workspace.items[1].plan.owner",
            "P-009 refers to something that does not exist.",
        ),
        (
            "workspace.items[1].verification.verifier",
            "P-008 refers to something that does not exist.",
        ),
    ];
    for (path, message) in expect {
        assert!(
            got.contains(&(path.to_owned(), message.to_owned())),
            "{path}: {got:#?}"
        );
    }
    assert_eq!(got.len(), expect.len(), "{got:#?}");
}

#[test]
fn held_reviews_with_a_reused_id_blank_texts_or_a_reversed_period_are_reported() {
    let mut ws = sample();
    let today = arb::base_time().date_naive();
    let draft = crate::held_review::Draft {
        from: today - chrono::Duration::days(90),
        to: today,
        held_on: today,
        day_ended: None,
    };
    ws.review_notes.attendees = "Board".into();
    ws.review_notes.decisions = "None needed".into();
    crate::held_review::record(&mut ws, &draft, today, arb::base_time()).unwrap();
    let mut copy = ws.held_reviews[0].clone();
    copy.attendees = " ".into();
    copy.decisions.clear();
    copy.input.from = today + chrono::Duration::days(1);
    ws.held_reviews.push(copy);
    let got: Vec<(String, String)> = problems(load_str(&save(&ws)))
        .iter()
        .map(|p| (p.path.clone(), p.message(Lang::En)))
        .collect();
    let expect = [
        (
            "workspace.held_reviews[1].id",
            "The id MR-001 is used more than once.",
        ),
        ("workspace.held_reviews[1].attendees", "Must not be empty."),
        ("workspace.held_reviews[1].decisions", "Must not be empty."),
        (
            "workspace.held_reviews[1].input.to",
            "The end of the period is before the start of the period.",
        ),
    ];
    assert_eq!(got, expect.map(|(a, b)| (a.to_owned(), b.to_owned())));
}

#[test]
fn dependency_cycles_are_reported() {
    let mut ws = sample();
    let mut second = ws.items[0].clone();
    second.id = crate::model::ItemId::new(Kind::ContinualImprovement, 2);
    second.links.depends_on.push(ws.items[0].id);
    ws.items[0].links.depends_on.push(second.id);
    ws.items.push(second);
    let found = problems(load_str(&save(&ws)));
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].message(Lang::En),
        "Circular dependency: CI-001 → CI-002 → CI-001."
    );
}

#[test]
fn the_version_1_fixture_loads() {
    let text = include_str!("../../../tests/fixtures/workspace-v1.json");
    let loaded = load_str(text).unwrap();
    assert_eq!(loaded.version, 1);
    let ws = &loaded.workspaces[0];
    assert_eq!(ws.items.len(), 2);
    assert!(ws.items.iter().any(|i| i.is_major_nonconformity()));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn any_generated_workspace_round_trips_unchanged(ws in arb::workspace()) {
        let text = save(&ws);
        let loaded = load_str(&text).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert_eq!(&loaded.workspaces[0], &ws);
        prop_assert_eq!(save(&loaded.workspaces[0]), text);
    }

    #[test]
    fn replaying_every_history_reproduces_every_item(ws in arb::workspace()) {
        for item in &ws.items {
            let replayed = crate::history::replay(item.id, item.kind, item.created, &item.history)
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(&replayed, item);
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic_the_loader(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = load(&bytes);
    }

    #[test]
    fn mangled_workspace_files_never_panic_the_loader(ws in arb::workspace(), cut in 0usize..4000, byte in any::<u8>()) {
        let mut bytes = save(&ws).into_bytes();
        let at = cut % bytes.len();
        bytes[at] = byte;
        let _ = load(&bytes);
        let _ = load(&bytes[..at]);
    }
}

#[test]
fn a_refused_file_counts_its_problems_in_words_of_one_or_many() {
    let one = LoadError::Invalid(vec![Problem::new(
        "workspace.items[1].id",
        ProblemKind::DuplicateId("CI-001".into()),
    )]);
    assert_eq!(one.message(Lang::En), "The file has 1 problem.");
    assert_eq!(one.message(Lang::Nl), "Het bestand bevat 1 probleem.");
    let LoadError::Invalid(list) = &one else {
        unreachable!()
    };
    let two = LoadError::Invalid(vec![list[0].clone(), list[0].clone()]);
    assert_eq!(two.message(Lang::En), "The file has 2 problems.");
    assert_eq!(two.message(Lang::Nl), "Het bestand bevat 2 problemen.");
}
