//! Moves that touch more than one item: raising a corrective action when an improvement or an
//! earlier corrective action turns out not to be effective.

use chrono::{DateTime, NaiveDate, Utc};

use crate::history;
use crate::i18n::Lang;
use crate::lifecycle::{self, Transition, TransitionError};
use crate::model::{Grade, ItemId, Kind, Nonconformity, Source, Workspace};

/// Raises a corrective action for the ineffective item `id` and sends that item back to
/// planning, with the new action's id as the recorded reason. Returns the new id.
pub fn raise_corrective_action(
    ws: &mut Workspace,
    id: &ItemId,
    lang: Lang,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<ItemId, TransitionError> {
    let original = ws
        .item(id)
        .cloned()
        .ok_or(TransitionError::Missing(Vec::new()))?;
    let new_id = ws.next_item_id(Kind::CorrectiveAction);
    let reason = match lang {
        Lang::En => format!("Not effective: corrective action {new_id} raised"),
        Lang::Nl => format!("Niet effectief: corrigerende maatregel {new_id} aangemaakt"),
    };
    // Check the rework first, so nothing changes when it is not allowed.
    let reworked = lifecycle::apply(&original, &Transition::Rework { reason }, today, now)?;
    let requirement = original
        .links
        .controls
        .first()
        .or(original.links.clauses.first())
        .cloned()
        .unwrap_or_else(|| original.kind.clause().to_owned());
    let title = match lang {
        Lang::En => format!("Not effective: {}", original.title),
        Lang::Nl => format!("Niet effectief: {}", original.title),
    };
    let description = match lang {
        Lang::En => format!(
            "The effectiveness check of {id} found it not (fully) effective. {}",
            original.verification.notes
        ),
        Lang::Nl => format!(
            "De effectiviteitscontrole van {id} liet zien dat het niet (volledig) effectief is. {}",
            original.verification.notes
        ),
    };
    let raised = history::create(new_id, Kind::CorrectiveAction, now, |item| {
        item.title = title;
        item.identified_on = today;
        item.source = Source::NonconformityOrIncident;
        item.source_ref = id.to_string();
        item.links = original.links.clone();
        item.links.depends_on.clear();
        item.nonconformity = Some(Box::new(Nonconformity {
            requirement,
            grade: Grade::Minor,
            description: description.trim().to_owned(),
            ..Nonconformity::default()
        }));
    });
    if let Some(slot) = ws.item_mut(id) {
        *slot = reworked;
    }
    ws.items.push(raised);
    Ok(new_id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lifecycle::Stage;
    use crate::model::Effectiveness;
    use chrono::TimeZone;

    #[test]
    fn an_ineffective_item_raises_a_linked_corrective_action_and_goes_back_to_planning() {
        let now = Utc.with_ymd_and_hms(2026, 6, 1, 9, 0, 0).unwrap();
        let mut ws = Workspace::new("Acme", Lang::En, now);
        let id = ItemId::new(Kind::ContinualImprovement, 1);
        let mut item = history::create(id, Kind::ContinualImprovement, now, |i| {
            i.title = "Phishing simulations".into();
            i.links.controls.push("A.6.3".into());
        });
        item.stage = Stage::Verifying;
        ws.items.push(item);
        assert!(
            raise_corrective_action(&mut ws, &id, Lang::En, now.date_naive(), now).is_err(),
            "needs an ineffective result"
        );
        assert_eq!(ws.items.len(), 1);

        ws.items[0].verification.result = Some(Effectiveness::NotEffective);
        let ca = raise_corrective_action(&mut ws, &id, Lang::En, now.date_naive(), now).unwrap();
        assert_eq!(ca.to_string(), "CA-001");
        let raised = ws.item(&ca).unwrap();
        assert_eq!(raised.source_ref, "CI-001");
        assert_eq!(raised.nonconformity.as_ref().unwrap().requirement, "A.6.3");
        let original = ws.item(&id).unwrap();
        assert_eq!(original.stage, Stage::Planned);
        assert_eq!(
            original.stage_reason,
            "Not effective: corrective action CA-001 raised"
        );
        assert!(crate::file::validate(&ws).is_empty());
    }
}
