//! The lifecycle of an improvement item and the rules that guard each step.
//!
//! Identified → Prioritised → Planned → In progress → Verifying → Standardised → Communicated →
//! Closed, plus Rejected and On hold (each with a reason) and reopening. [`check`] says whether a
//! transition may happen and, when not, names *everything* that is missing; [`apply`] performs it
//! and logs it in the item's history. The web app disables a button with `check`'s message.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;

use crate::history;
use crate::i18n::Lang;
use crate::model::{Effectiveness, Item, Kind};

/// Where an item stands.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    #[default]
    Identified,
    Prioritised,
    Planned,
    InProgress,
    Verifying,
    Standardised,
    Communicated,
    Closed,
    Rejected,
    OnHold,
}

/// The Plan-Do-Check-Act phase a stage belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Plan,
    Do,
    Check,
    Act,
}

impl Phase {
    pub fn label(self, lang: Lang) -> &'static str {
        let _ = lang; // PDCA's names are used untranslated in Dutch ISO practice.
        match self {
            Phase::Plan => "Plan",
            Phase::Do => "Do",
            Phase::Check => "Check",
            Phase::Act => "Act",
        }
    }
}

impl Stage {
    pub const ALL: [Stage; 10] = [
        Stage::Identified,
        Stage::Prioritised,
        Stage::Planned,
        Stage::InProgress,
        Stage::Verifying,
        Stage::Standardised,
        Stage::Communicated,
        Stage::Closed,
        Stage::Rejected,
        Stage::OnHold,
    ];

    /// The main path, in order: what the stepper shows.
    pub const PATH: [Stage; 8] = [
        Stage::Identified,
        Stage::Prioritised,
        Stage::Planned,
        Stage::InProgress,
        Stage::Verifying,
        Stage::Standardised,
        Stage::Communicated,
        Stage::Closed,
    ];

    pub fn is_open(self) -> bool {
        !matches!(self, Stage::Closed | Stage::Rejected)
    }

    /// Position on the main path; `None` for Rejected and On hold.
    pub fn step(self) -> Option<usize> {
        Stage::PATH.iter().position(|s| *s == self)
    }

    /// The PDCA phase: identifying and acting on results is Act (clause 10); prioritising and
    /// planning are Plan (6.1, 6.2); implementing is Do (8.1); verifying is Check (9.1);
    /// standardising and communicating complete the Act step.
    pub fn phase(self) -> Option<Phase> {
        match self {
            Stage::Identified => Some(Phase::Act),
            Stage::Prioritised | Stage::Planned => Some(Phase::Plan),
            Stage::InProgress => Some(Phase::Do),
            Stage::Verifying => Some(Phase::Check),
            Stage::Standardised | Stage::Communicated | Stage::Closed => Some(Phase::Act),
            Stage::Rejected | Stage::OnHold => None,
        }
    }

    /// The clause that asks for this step.
    pub fn clause(self, kind: Kind) -> Option<&'static str> {
        match self {
            Stage::Identified | Stage::Closed => Some(kind.clause()),
            Stage::Prioritised => Some("6.1"),
            Stage::Planned => Some("6.2"),
            Stage::InProgress => Some("8.1"),
            Stage::Verifying => Some("9.1"),
            Stage::Standardised => Some("7.5"),
            Stage::Communicated => Some("7.4"),
            Stage::Rejected | Stage::OnHold => None,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Stage::Identified => lang.pick("Identified", "Geïdentificeerd"),
            Stage::Prioritised => lang.pick("Prioritised", "Geprioriteerd"),
            Stage::Planned => lang.pick("Planned", "Gepland"),
            Stage::InProgress => lang.pick("In progress", "In uitvoering"),
            Stage::Verifying => lang.pick("Verifying", "Verificatie"),
            Stage::Standardised => lang.pick("Standardised", "Gestandaardiseerd"),
            Stage::Communicated => lang.pick("Communicated", "Gecommuniceerd"),
            Stage::Closed => lang.pick("Closed", "Afgesloten"),
            Stage::Rejected => lang.pick("Rejected", "Afgewezen"),
            Stage::OnHold => lang.pick("On hold", "In de wacht"),
        }
    }

    /// The verb of the step that leads into this stage, for the stepper.
    pub fn step_label(self, lang: Lang) -> &'static str {
        match self {
            Stage::Identified => lang.pick("Identify", "Identificeren"),
            Stage::Prioritised => lang.pick("Prioritise", "Prioriteren"),
            Stage::Planned => lang.pick("Plan", "Plannen"),
            Stage::InProgress => lang.pick("Implement", "Implementeren"),
            Stage::Verifying => lang.pick("Verify", "Verifiëren"),
            Stage::Standardised => lang.pick("Standardise", "Standaardiseren"),
            Stage::Communicated => lang.pick("Communicate", "Communiceren"),
            Stage::Closed => lang.pick("Closed", "Afgesloten"),
            other => other.label(lang),
        }
    }
}

/// A move an item can make.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "transition")]
pub enum Transition {
    Prioritise,
    Plan,
    Start,
    SubmitForVerification,
    Standardise,
    Communicate,
    Close,
    /// Back to planning after a verification that was not (fully) effective.
    Rework {
        reason: String,
    },
    Reject {
        reason: String,
    },
    Hold {
        reason: String,
    },
    Resume,
    Reopen {
        reason: String,
    },
}

impl Transition {
    /// The forward step that leaves `stage`, if any.
    pub fn forward_from(stage: Stage) -> Option<Transition> {
        match stage {
            Stage::Identified => Some(Transition::Prioritise),
            Stage::Prioritised => Some(Transition::Plan),
            Stage::Planned => Some(Transition::Start),
            Stage::InProgress => Some(Transition::SubmitForVerification),
            Stage::Verifying => Some(Transition::Standardise),
            Stage::Standardised => Some(Transition::Communicate),
            Stage::Communicated => Some(Transition::Close),
            Stage::OnHold => Some(Transition::Resume),
            Stage::Closed | Stage::Rejected => None,
        }
    }

    pub fn label(&self, lang: Lang) -> &'static str {
        match self {
            Transition::Prioritise => lang.pick("Mark as prioritised", "Markeer als geprioriteerd"),
            Transition::Plan => lang.pick("Approve plan", "Plan vaststellen"),
            Transition::Start => lang.pick("Start implementation", "Start implementatie"),
            Transition::SubmitForVerification => {
                lang.pick("Ready for verification", "Klaar voor verificatie")
            }
            Transition::Standardise => {
                lang.pick("Mark as standardised", "Markeer als gestandaardiseerd")
            }
            Transition::Communicate => {
                lang.pick("Mark as communicated", "Markeer als gecommuniceerd")
            }
            Transition::Close => lang.pick("Close", "Afsluiten"),
            Transition::Rework { .. } => lang.pick("Back to planning", "Terug naar planning"),
            Transition::Reject { .. } => lang.pick("Reject", "Afwijzen"),
            Transition::Hold { .. } => lang.pick("Put on hold", "In de wacht zetten"),
            Transition::Resume => lang.pick("Resume", "Hervatten"),
            Transition::Reopen { .. } => lang.pick("Reopen", "Heropenen"),
        }
    }
}

/// Something a transition needs that the item does not have yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Missing {
    Impact,
    Effort,
    Urgency,
    NonconformityRequirement,
    NonconformityDescription,
    PlanWhat,
    PlanHow,
    PlanOwner,
    PlanDue,
    Correction,
    RootCause,
    SimilarCasesChecked,
    CauseAction,
    AnAction,
    OpenActions,
    VerificationMethod,
    VerificationPlanned,
    EffectiveVerification,
    IneffectiveVerification,
    VerifiedOn,
    VerifiedBy,
    DocumentUpdateOrReason,
    CommunicationAudience,
    CommunicationDate,
    Reason,
}

impl Missing {
    pub fn message(self, lang: Lang) -> &'static str {
        match self {
            Missing::Impact => lang.pick("an impact rating", "een impactscore"),
            Missing::Effort => lang.pick("an effort rating", "een inspanningsscore"),
            Missing::Urgency => lang.pick("an urgency rating", "een urgentiescore"),
            Missing::NonconformityRequirement => lang.pick(
                "the requirement or control not met",
                "de niet nageleefde eis of beheersmaatregel",
            ),
            Missing::NonconformityDescription => lang.pick(
                "a description of the nonconformity",
                "een beschrijving van de afwijking",
            ),
            Missing::PlanWhat => lang.pick("what will be improved", "wat er verbeterd wordt"),
            Missing::PlanHow => lang.pick("how it will be done", "hoe het wordt aangepakt"),
            Missing::PlanOwner => lang.pick("an owner", "een eigenaar"),
            Missing::PlanDue => lang.pick("a due date", "een streefdatum"),
            Missing::Correction => lang.pick(
                "the correction (immediate reaction)",
                "de correctie (directe reactie)",
            ),
            Missing::RootCause => lang.pick("a root cause", "een grondoorzaak"),
            Missing::SimilarCasesChecked => lang.pick(
                "an answer whether similar nonconformities exist or could occur",
                "een antwoord of vergelijkbare afwijkingen bestaan of kunnen optreden",
            ),
            Missing::CauseAction => lang.pick(
                "the action that removes the cause",
                "de maatregel die de oorzaak wegneemt",
            ),
            Missing::AnAction => lang.pick("at least one action", "minstens één actie"),
            Missing::OpenActions => lang.pick("all actions done", "alle acties afgerond"),
            Missing::VerificationMethod => lang.pick(
                "a verification method (KPI or check)",
                "een verificatiemethode (KPI of controle)",
            ),
            Missing::VerificationPlanned => lang.pick(
                "a planned verification date",
                "een geplande verificatiedatum",
            ),
            Missing::EffectiveVerification => lang.pick(
                "a verification result of 'effective'",
                "een verificatieresultaat 'effectief'",
            ),
            Missing::IneffectiveVerification => lang.pick(
                "a verification result of 'not effective' or 'partially effective'",
                "een verificatieresultaat 'niet effectief' of 'deels effectief'",
            ),
            Missing::VerifiedOn => lang.pick("the verification date", "de verificatiedatum"),
            Missing::VerifiedBy => lang.pick("who verified it", "wie het verifieerde"),
            Missing::DocumentUpdateOrReason => lang.pick(
                "an updated document, or why none needed updating",
                "een bijgewerkt document, of waarom geen update nodig was",
            ),
            Missing::CommunicationAudience => {
                lang.pick("the audiences informed", "de geïnformeerde doelgroepen")
            }
            Missing::CommunicationDate => {
                lang.pick("the communication date", "de communicatiedatum")
            }
            Missing::Reason => lang.pick("a reason", "een reden"),
        }
    }
}

/// Why a transition cannot happen.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    #[error("an item that is {stage:?} cannot {transition:?}")]
    NotFrom {
        transition: &'static str,
        stage: Stage,
    },
    #[error("missing: {}", .0.iter().map(|m| m.message(Lang::En)).collect::<Vec<_>>().join(", "))]
    Missing(Vec<Missing>),
    #[error("a corrective action for a major nonconformity is mandatory and cannot be rejected")]
    MajorCannotBeRejected,
    #[error("the start date {start} is after the due date {due}")]
    StartAfterDue { start: NaiveDate, due: NaiveDate },
}

impl TransitionError {
    /// The full sentence for the user, in their language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            TransitionError::NotFrom { stage, .. } => match lang {
                Lang::En => format!("Not possible while the item is {}.", stage.label(lang).to_lowercase()),
                Lang::Nl => format!("Niet mogelijk zolang het item {} is.", stage.label(lang).to_lowercase()),
            },
            TransitionError::Missing(list) => {
                let items: Vec<&str> = list.iter().map(|m| m.message(lang)).collect();
                match lang {
                    Lang::En => format!("Still needed: {}.", items.join(", ")),
                    Lang::Nl => format!("Nog nodig: {}.", items.join(", ")),
                }
            }
            TransitionError::MajorCannotBeRejected => lang
                .pick(
                    "A corrective action for a major nonconformity is mandatory and cannot be rejected.",
                    "Een corrigerende maatregel voor een grote afwijking is verplicht en kan niet worden afgewezen.",
                )
                .to_owned(),
            TransitionError::StartAfterDue { start, due } => match lang {
                Lang::En => format!("The start date {start} is after the due date {due}."),
                Lang::Nl => format!("De startdatum {start} ligt na de streefdatum {due}."),
            },
        }
    }
}

impl fmt::Display for Transition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label(Lang::En))
    }
}

fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

fn require(missing: Vec<Missing>) -> Result<(), TransitionError> {
    if missing.is_empty() {
        Ok(())
    } else {
        Err(TransitionError::Missing(missing))
    }
}

fn not_from(transition: &Transition, stage: Stage) -> TransitionError {
    let name = match transition {
        Transition::Prioritise => "prioritise",
        Transition::Plan => "plan",
        Transition::Start => "start",
        Transition::SubmitForVerification => "submit for verification",
        Transition::Standardise => "standardise",
        Transition::Communicate => "communicate",
        Transition::Close => "close",
        Transition::Rework { .. } => "rework",
        Transition::Reject { .. } => "reject",
        Transition::Hold { .. } => "hold",
        Transition::Resume => "resume",
        Transition::Reopen { .. } => "reopen",
    };
    TransitionError::NotFrom {
        transition: name,
        stage,
    }
}

fn effective_verification(item: &Item, missing: &mut Vec<Missing>) {
    let v = &item.verification;
    if v.result != Some(Effectiveness::Effective) {
        missing.push(Missing::EffectiveVerification);
    }
    if v.verified_on.is_none() {
        missing.push(Missing::VerifiedOn);
    }
    if v.verified_by.is_none() {
        missing.push(Missing::VerifiedBy);
    }
}

/// Checks whether `transition` may be applied to `item`, and where it leads.
pub fn check(item: &Item, transition: &Transition) -> Result<Stage, TransitionError> {
    use Transition as T;
    let stage = item.stage;
    let from = |allowed: &[Stage], to: Stage| {
        if allowed.contains(&stage) {
            Ok(to)
        } else {
            Err(not_from(transition, stage))
        }
    };
    let target = match transition {
        T::Prioritise => from(&[Stage::Identified], Stage::Prioritised)?,
        T::Plan => from(&[Stage::Prioritised], Stage::Planned)?,
        T::Start => from(&[Stage::Planned], Stage::InProgress)?,
        T::SubmitForVerification => from(&[Stage::InProgress], Stage::Verifying)?,
        T::Standardise => from(&[Stage::Verifying], Stage::Standardised)?,
        T::Communicate => from(&[Stage::Standardised], Stage::Communicated)?,
        T::Close => from(&[Stage::Communicated], Stage::Closed)?,
        T::Rework { .. } => from(&[Stage::Verifying], Stage::Planned)?,
        T::Reject { .. } => {
            if !stage.is_open() {
                return Err(not_from(transition, stage));
            }
            Stage::Rejected
        }
        T::Hold { .. } => {
            if !stage.is_open() || stage == Stage::OnHold {
                return Err(not_from(transition, stage));
            }
            Stage::OnHold
        }
        T::Resume => {
            if stage != Stage::OnHold {
                return Err(not_from(transition, stage));
            }
            item.held_from.unwrap_or(Stage::Identified)
        }
        T::Reopen { .. } => match stage {
            Stage::Closed => Stage::Planned,
            Stage::Rejected => Stage::Identified,
            _ => return Err(not_from(transition, stage)),
        },
    };

    let mut missing = Vec::new();
    let corrective = item.kind == Kind::CorrectiveAction;
    let nc = item.nonconformity.clone().unwrap_or_default();
    match transition {
        T::Prioritise => {
            let inputs = &item.inputs;
            if inputs.impact.is_none() {
                missing.push(Missing::Impact);
            }
            if inputs.effort.is_none() {
                missing.push(Missing::Effort);
            }
            if inputs.urgency.is_none() {
                missing.push(Missing::Urgency);
            }
            if corrective && blank(&nc.requirement) {
                missing.push(Missing::NonconformityRequirement);
            }
            if corrective && blank(&nc.description) {
                missing.push(Missing::NonconformityDescription);
            }
        }
        T::Plan => {
            let plan = &item.plan;
            if blank(&plan.what) {
                missing.push(Missing::PlanWhat);
            }
            if blank(&plan.how) {
                missing.push(Missing::PlanHow);
            }
            if plan.owner.is_none() {
                missing.push(Missing::PlanOwner);
            }
            if plan.due.is_none() {
                missing.push(Missing::PlanDue);
            }
            if corrective {
                if blank(&nc.correction) {
                    missing.push(Missing::Correction);
                }
                if !nc.has_root_cause() {
                    missing.push(Missing::RootCause);
                }
                if nc.similar.found.is_none() {
                    missing.push(Missing::SimilarCasesChecked);
                }
                if blank(&nc.cause_action) {
                    missing.push(Missing::CauseAction);
                }
            }
            require(missing.clone())?;
            if let (Some(start), Some(due)) = (plan.start, plan.due) {
                if start > due {
                    return Err(TransitionError::StartAfterDue { start, due });
                }
            }
        }
        T::Start => {
            if item.plan.actions.is_empty() {
                missing.push(Missing::AnAction);
            }
        }
        T::SubmitForVerification => {
            if item.plan.actions.iter().any(|a| a.done.is_none()) {
                missing.push(Missing::OpenActions);
            }
            if blank(&item.verification.method) {
                missing.push(Missing::VerificationMethod);
            }
            if item.verification.planned.is_none() {
                missing.push(Missing::VerificationPlanned);
            }
        }
        T::Standardise => {
            effective_verification(item, &mut missing);
            if item.standardisation.is_empty() && blank(&item.no_document_change) {
                missing.push(Missing::DocumentUpdateOrReason);
            }
        }
        T::Communicate => {
            if blank(&item.communication.audiences) {
                missing.push(Missing::CommunicationAudience);
            }
            if item.communication.date.is_none() {
                missing.push(Missing::CommunicationDate);
            }
        }
        T::Close => effective_verification(item, &mut missing),
        T::Rework { reason } => {
            if !matches!(
                item.verification.result,
                Some(Effectiveness::NotEffective | Effectiveness::PartiallyEffective)
            ) {
                missing.push(Missing::IneffectiveVerification);
            }
            if blank(reason) {
                missing.push(Missing::Reason);
            }
        }
        T::Reject { reason } => {
            if item.is_major_nonconformity() {
                return Err(TransitionError::MajorCannotBeRejected);
            }
            if blank(reason) {
                missing.push(Missing::Reason);
            }
        }
        T::Hold { reason } | T::Reopen { reason } => {
            if blank(reason) {
                missing.push(Missing::Reason);
            }
        }
        T::Resume => {}
    }
    require(missing)?;
    Ok(target)
}

/// Applies `transition`, logging it in the item's history.
///
/// `today` dates the closure; `now` stamps the log entry.
pub fn apply(
    item: &Item,
    transition: &Transition,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<Item, TransitionError> {
    use Transition as T;
    let target = check(item, transition)?;
    let mut next = item.clone();
    next.stage = target;
    match transition {
        T::Close => next.closed_on = Some(today),
        T::Hold { reason } => {
            next.held_from = Some(item.stage);
            next.stage_reason = reason.trim().to_owned();
        }
        T::Resume => next.held_from = None,
        T::Rework { reason } => {
            // The failed result stays in the log; the next check starts clean.
            next.verification.result = None;
            next.verification.verified_on = None;
            next.verification.verified_by = None;
            next.stage_reason = reason.trim().to_owned();
        }
        T::Reject { reason } => next.stage_reason = reason.trim().to_owned(),
        T::Reopen { reason } => {
            next.closed_on = None;
            next.stage_reason = reason.trim().to_owned();
        }
        _ => {}
    }
    Ok(history::record(item, next, now))
}

/// The transitions available from the item's stage, each with whether it may happen now.
pub fn options(item: &Item) -> Vec<(Transition, Result<Stage, TransitionError>)> {
    let reason = String::from("-");
    let mut all = Vec::new();
    if let Some(forward) = Transition::forward_from(item.stage) {
        all.push(forward);
    }
    all.extend([
        Transition::Rework {
            reason: reason.clone(),
        },
        Transition::Hold {
            reason: reason.clone(),
        },
        Transition::Reject {
            reason: reason.clone(),
        },
        Transition::Reopen { reason },
    ]);
    all.into_iter()
        .map(|t| {
            let result = check(item, &t);
            (t, result)
        })
        .filter(|(_, r)| !matches!(r, Err(TransitionError::NotFrom { .. })))
        .collect()
}

#[cfg(test)]
mod tests;
