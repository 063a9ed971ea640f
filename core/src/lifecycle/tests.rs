//! Every lifecycle rule, named for the behaviour it guarantees.

use super::*;
use crate::model::{Action, DocUpdate, Grade, ItemId, Nonconformity, PersonId};
use chrono::TimeZone;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 4, 1, 9, 0, 0).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 4, 1).unwrap()
}

fn day(d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2026, 5, d)
}

fn item(kind: Kind) -> Item {
    history::create(ItemId::new(kind, 1), kind, now(), |i| {
        i.title = "Test".into()
    })
}

fn missing(result: Result<Stage, TransitionError>) -> Vec<Missing> {
    match result {
        Err(TransitionError::Missing(list)) => list,
        other => panic!("expected missing, got {other:?}"),
    }
}

fn step(item: &Item, t: Transition) -> Item {
    apply(item, &t, today(), now()).unwrap_or_else(|e| panic!("{t:?}: {e}"))
}

/// Fills in everything up to and including what `upto` needs.
fn ready(mut it: Item) -> Item {
    it.inputs.impact = Some(4);
    it.inputs.effort = Some(2);
    it.inputs.urgency = Some(3);
    it.plan.what = "what".into();
    it.plan.how = "how".into();
    it.plan.owner = Some(PersonId::new(1));
    it.plan.due = day(20);
    if it.kind == Kind::CorrectiveAction {
        it.nonconformity = Some(Box::new(Nonconformity {
            requirement: "A.8.8".into(),
            grade: Grade::Minor,
            description: "Critical server missed".into(),
            correction: "Server patched".into(),
            whys: vec!["Not in inventory".into()],
            root_cause: "Asset inventory not linked to patch tool".into(),
            similar: crate::model::SimilarCases {
                found: Some(false),
                notes: String::new(),
            },
            cause_action: "Sync inventory into patch tool".into(),
        }));
    }
    it
}

#[test]
fn prioritising_requires_impact_effort_and_urgency() {
    let it = item(Kind::ContinualImprovement);
    assert_eq!(
        missing(check(&it, &Transition::Prioritise)),
        vec![Missing::Impact, Missing::Effort, Missing::Urgency]
    );
}

#[test]
fn prioritising_a_corrective_action_requires_the_nonconformity() {
    let mut it = item(Kind::CorrectiveAction);
    it.inputs.impact = Some(1);
    it.inputs.effort = Some(1);
    it.inputs.urgency = Some(1);
    assert_eq!(
        missing(check(&it, &Transition::Prioritise)),
        vec![
            Missing::NonconformityRequirement,
            Missing::NonconformityDescription
        ]
    );
}

#[test]
fn planning_requires_what_how_owner_and_due_date() {
    let mut it = item(Kind::ContinualImprovement);
    it.stage = Stage::Prioritised;
    assert_eq!(
        missing(check(&it, &Transition::Plan)),
        vec![
            Missing::PlanWhat,
            Missing::PlanHow,
            Missing::PlanOwner,
            Missing::PlanDue
        ]
    );
}

#[test]
fn corrective_action_plan_requires_correction_root_cause_similar_cases_and_cause_action() {
    let mut it = ready(item(Kind::CorrectiveAction));
    it.nonconformity = Some(Box::default());
    it.stage = Stage::Prioritised;
    assert_eq!(
        missing(check(&it, &Transition::Plan)),
        vec![
            Missing::Correction,
            Missing::RootCause,
            Missing::SimilarCasesChecked,
            Missing::CauseAction
        ]
    );
}

#[test]
fn a_continual_improvement_plan_needs_no_root_cause() {
    let mut it = ready(item(Kind::ContinualImprovement));
    it.stage = Stage::Prioritised;
    assert_eq!(check(&it, &Transition::Plan), Ok(Stage::Planned));
}

#[test]
fn plan_start_must_not_be_after_due() {
    let mut it = ready(item(Kind::ContinualImprovement));
    it.stage = Stage::Prioritised;
    it.plan.start = day(25);
    assert!(matches!(
        check(&it, &Transition::Plan),
        Err(TransitionError::StartAfterDue { .. })
    ));
}

#[test]
fn starting_requires_an_action() {
    let mut it = ready(item(Kind::ContinualImprovement));
    it.stage = Stage::Planned;
    assert_eq!(
        missing(check(&it, &Transition::Start)),
        vec![Missing::AnAction]
    );
}

#[test]
fn verification_requires_all_actions_done_and_a_method() {
    let mut it = ready(item(Kind::ContinualImprovement));
    it.stage = Stage::InProgress;
    it.plan.actions.push(Action {
        description: "a".into(),
        ..Action::default()
    });
    assert_eq!(
        missing(check(&it, &Transition::SubmitForVerification)),
        vec![
            Missing::OpenActions,
            Missing::VerificationMethod,
            Missing::VerificationPlanned
        ]
    );
}

#[test]
fn standardising_requires_verified_effectiveness_and_documents() {
    let mut it = ready(item(Kind::ContinualImprovement));
    it.stage = Stage::Verifying;
    it.verification.result = Some(Effectiveness::PartiallyEffective);
    assert_eq!(
        missing(check(&it, &Transition::Standardise)),
        vec![
            Missing::EffectiveVerification,
            Missing::VerifiedOn,
            Missing::VerifiedBy,
            Missing::DocumentUpdateOrReason
        ]
    );
    it.no_document_change = "Procedure already covers it".into();
    it.verification.result = Some(Effectiveness::Effective);
    it.verification.verified_on = day(2);
    it.verification.verified_by = Some(PersonId::new(2));
    assert_eq!(
        check(&it, &Transition::Standardise),
        Ok(Stage::Standardised)
    );
}

#[test]
fn closing_requires_verified_effectiveness() {
    let mut it = ready(item(Kind::ContinualImprovement));
    it.stage = Stage::Communicated;
    assert_eq!(
        missing(check(&it, &Transition::Close)),
        vec![
            Missing::EffectiveVerification,
            Missing::VerifiedOn,
            Missing::VerifiedBy
        ]
    );
}

#[test]
fn transitions_only_leave_their_own_stage() {
    let it = item(Kind::ContinualImprovement);
    for t in [
        Transition::Plan,
        Transition::Start,
        Transition::Close,
        Transition::Resume,
    ] {
        assert!(
            matches!(check(&it, &t), Err(TransitionError::NotFrom { .. })),
            "{t:?}"
        );
    }
}

#[test]
fn a_major_nonconformity_cannot_be_rejected() {
    let mut it = ready(item(Kind::CorrectiveAction));
    if let Some(nc) = it.nonconformity.as_mut() {
        nc.grade = Grade::Major;
    }
    assert_eq!(
        check(
            &it,
            &Transition::Reject {
                reason: "too costly".into()
            }
        ),
        Err(TransitionError::MajorCannotBeRejected)
    );
    if let Some(nc) = it.nonconformity.as_mut() {
        nc.grade = Grade::Minor;
    }
    assert_eq!(
        check(
            &it,
            &Transition::Reject {
                reason: "duplicate".into()
            }
        ),
        Ok(Stage::Rejected)
    );
}

#[test]
fn rejecting_holding_and_reopening_need_a_reason() {
    let it = item(Kind::ContinualImprovement);
    assert_eq!(
        missing(check(&it, &Transition::Reject { reason: " ".into() })),
        vec![Missing::Reason]
    );
    assert_eq!(
        missing(check(
            &it,
            &Transition::Hold {
                reason: String::new()
            }
        )),
        vec![Missing::Reason]
    );
}

#[test]
fn resuming_returns_to_the_stage_before_the_hold() {
    let mut it = ready(item(Kind::ContinualImprovement));
    it.stage = Stage::Planned;
    let held = step(
        &it,
        Transition::Hold {
            reason: "budget freeze".into(),
        },
    );
    assert_eq!(
        (held.stage, held.held_from),
        (Stage::OnHold, Some(Stage::Planned))
    );
    assert_eq!(held.stage_reason, "budget freeze");
    let resumed = step(&held, Transition::Resume);
    assert_eq!((resumed.stage, resumed.held_from), (Stage::Planned, None));
}

#[test]
fn not_effective_goes_back_to_planning_and_the_result_stays_in_the_log() {
    let mut it = ready(item(Kind::ContinualImprovement));
    it.stage = Stage::Verifying;
    assert_eq!(
        missing(check(&it, &Transition::Rework { reason: "x".into() })),
        vec![Missing::IneffectiveVerification]
    );
    it.verification.result = Some(Effectiveness::NotEffective);
    it.verification.verifier = Some(PersonId::new(3));
    it.verification.verified_by = Some(PersonId::new(3));
    let back = step(
        &it,
        Transition::Rework {
            reason: "Phishing clicks unchanged".into(),
        },
    );
    assert_eq!(back.stage, Stage::Planned);
    assert_eq!(back.verification.result, None);
    // The next check starts clean, and is still the same person's to carry out.
    assert_eq!(back.verification.verified_by, None);
    assert_eq!(back.verification.verifier, Some(PersonId::new(3)));
    let logged = back
        .history
        .iter()
        .find(|c| c.field == "verification")
        .unwrap();
    assert_eq!(logged.from["result"], "not_effective");
}

#[test]
fn reopening_a_closed_item_clears_the_closing_date() {
    let mut it = ready(item(Kind::ContinualImprovement));
    it.stage = Stage::Closed;
    it.closed_on = Some(today());
    let reopened = step(
        &it,
        Transition::Reopen {
            reason: "recurred".into(),
        },
    );
    assert_eq!((reopened.stage, reopened.closed_on), (Stage::Planned, None));
    it.stage = Stage::Rejected;
    assert_eq!(
        step(
            &it,
            Transition::Reopen {
                reason: "new evidence".into()
            }
        )
        .stage,
        Stage::Identified
    );
}

#[test]
fn a_corrective_action_walks_the_whole_path_and_every_step_is_logged() {
    let mut it = ready(item(Kind::CorrectiveAction));
    it = step(&it, Transition::Prioritise);
    it = step(&it, Transition::Plan);
    it.plan.actions.push(Action {
        description: "Patch".into(),
        owner: Some(PersonId::new(1)),
        due: day(3),
        done: None,
    });
    it = step(&it, Transition::Start);
    it.plan.actions[0].done = day(2);
    it.verification.method = "No missed patches in monthly scan".into();
    it.verification.planned = day(30);
    it = step(&it, Transition::SubmitForVerification);
    it.verification.result = Some(Effectiveness::Effective);
    it.verification.verified_on = day(30);
    it.verification.verified_by = Some(PersonId::new(2));
    it.standardisation.push(DocUpdate {
        name: "Patch procedure".into(),
        version: "2.0".into(),
        date: day(30),
    });
    it = step(&it, Transition::Standardise);
    it.communication.audiences = "IT operations".into();
    it.communication.date = day(30);
    it = step(&it, Transition::Communicate);
    it = step(&it, Transition::Close);
    assert_eq!((it.stage, it.closed_on), (Stage::Closed, Some(today())));
    let stages: Vec<_> = it
        .history
        .iter()
        .filter(|c| c.field == "stage")
        .map(|c| c.to.clone())
        .collect();
    assert_eq!(stages.len(), 7);
    assert_eq!(stages.last().unwrap(), "closed");
}

#[test]
fn every_stage_on_the_path_has_a_phase_and_a_clause() {
    for stage in Stage::PATH {
        assert!(stage.phase().is_some());
        assert!(stage.clause(Kind::ContinualImprovement).is_some());
        assert!(crate::catalogue::clause(stage.clause(Kind::CorrectiveAction).unwrap()).is_some());
    }
    assert_eq!(Stage::Verifying.phase(), Some(Phase::Check));
    assert_eq!(Stage::Planned.phase(), Some(Phase::Plan));
    assert_eq!(Stage::InProgress.phase(), Some(Phase::Do));
}

#[test]
fn messages_exist_in_both_languages() {
    let err = TransitionError::Missing(vec![Missing::RootCause]);
    assert_eq!(err.message(Lang::En), "Still needed: a root cause.");
    assert_eq!(err.message(Lang::Nl), "Nog nodig: een grondoorzaak.");
}

#[test]
fn options_offer_only_moves_from_the_current_stage() {
    let it = item(Kind::ContinualImprovement);
    let moves: Vec<_> = options(&it).into_iter().map(|(t, _)| t).collect();
    assert_eq!(moves[0], Transition::Prioritise);
    assert!(!moves
        .iter()
        .any(|t| matches!(t, Transition::Reopen { .. } | Transition::Rework { .. })));
}
