//! Checks a workspace that deserialised well for everything types cannot express: unique ids,
//! references that resolve, dates in order, values in range, a dependency graph without cycles.
//! Returns every problem, each with its path below `workspace`.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::problem::{Problem, ProblemKind as K};
use crate::catalogue;
use crate::lifecycle::Stage;
use crate::model::{Item, ItemIndex, Kind, PersonId, Workspace};

struct Checker<'a> {
    ws: &'a Workspace,
    people: BTreeSet<&'a str>,
    objectives: BTreeSet<&'a str>,
    items: ItemIndex<'a>,
    problems: Vec<Problem>,
}

impl<'a> Checker<'a> {
    fn push(&mut self, path: String, kind: K) {
        self.problems.push(Problem::new(path, kind));
    }

    // Paths are built only when there is a problem to report: a valid register of thousands of
    // items would otherwise format tens of thousands of strings on every load.
    fn person(&mut self, path: impl FnOnce() -> String, id: Option<&PersonId>) {
        if let Some(id) = id {
            if !self.people.contains(id.as_str()) {
                self.push(path(), K::UnknownReference(id.to_string()));
            }
        }
    }

    fn range(&mut self, path: impl FnOnce() -> String, value: Option<i64>, min: i64, max: i64) {
        if let Some(value) = value {
            if value < min || value > max {
                self.push(path(), K::OutOfRange { value, min, max });
            }
        }
    }

    fn order(
        &mut self,
        path: impl FnOnce() -> String,
        early: (&str, Option<NaiveDate>),
        late: (&str, Option<NaiveDate>),
    ) {
        if let (Some(a), Some(b)) = (early.1, late.1) {
            if b < a {
                self.push(
                    path(),
                    K::DateBefore {
                        this: late.0.into(),
                        other: early.0.into(),
                    },
                );
            }
        }
    }

    /// The set of `ids`, reporting each one that is there already.
    fn unique<T: Ord + std::fmt::Display>(
        &mut self,
        what: &str,
        ids: impl Iterator<Item = T>,
    ) -> BTreeSet<T> {
        let mut seen = BTreeSet::new();
        for (i, id) in ids.enumerate() {
            if seen.contains(&id) {
                self.push(format!("{what}[{i}].id"), K::DuplicateId(id.to_string()));
            } else {
                seen.insert(id);
            }
        }
        seen
    }

    fn item(&mut self, i: usize, item: &Item) {
        let at = |rest: &str| format!("items[{i}].{rest}");
        if item.title.trim().is_empty() {
            self.push(at("title"), K::Empty);
        }
        if item.id.kind() != Some(item.kind) {
            self.push(at("id"), K::IdKindMismatch(item.id.to_string()));
        }
        if item.updated < item.created {
            self.push(
                at("updated"),
                K::DateBefore {
                    this: "updated".into(),
                    other: "created".into(),
                },
            );
        }
        match (item.kind, &item.nonconformity) {
            (Kind::CorrectiveAction, None) => {
                self.push(at("nonconformity"), K::MissingNonconformity)
            }
            (Kind::ContinualImprovement, Some(_)) => {
                self.push(at("nonconformity"), K::UnexpectedNonconformity)
            }
            (_, Some(nc))
                if !nc.requirement.trim().is_empty()
                    && catalogue::requirement(&nc.requirement).is_none() =>
            {
                self.push(
                    at("nonconformity.requirement"),
                    K::UnknownReference(nc.requirement.clone()),
                );
            }
            _ => {}
        }
        if item.stage == Stage::Closed && item.closed_on.is_none() {
            self.push(at("closed_on"), K::MissingClosingDate);
        }
        if item.stage == Stage::OnHold && item.held_from.is_none() {
            self.push(at("held_from"), K::MissingHeldFrom);
        }
        self.order(
            || at("closed_on"),
            ("identified_on", Some(item.identified_on)),
            ("closed_on", item.closed_on),
        );
        self.order(
            || at("plan.due"),
            ("plan.start", item.plan.start),
            ("plan.due", item.plan.due),
        );

        let inputs = &item.inputs;
        for (name, value) in [
            ("impact", inputs.impact),
            ("effort", inputs.effort),
            ("urgency", inputs.urgency),
            ("alignment_override", inputs.alignment_override),
        ] {
            self.range(|| at(&format!("inputs.{name}")), value.map(i64::from), 1, 5);
        }
        self.range(
            || at("inputs.confidence_pct"),
            inputs.confidence_pct.map(i64::from),
            0,
            100,
        );
        for (name, value) in [
            ("business_value", inputs.business_value),
            ("time_criticality", inputs.time_criticality),
            ("risk_reduction", inputs.risk_reduction),
        ] {
            self.range(
                || at(&format!("inputs.{name}")),
                value.map(i64::from),
                1,
                20,
            );
        }

        for (j, clause) in item.links.clauses.iter().enumerate() {
            if catalogue::clause(clause).is_none() {
                self.push(
                    at(&format!("links.clauses[{j}]")),
                    K::UnknownReference(clause.clone()),
                );
            }
        }
        for (j, control) in item.links.controls.iter().enumerate() {
            if !control.starts_with("A.") || catalogue::control(control).is_none() {
                self.push(
                    at(&format!("links.controls[{j}]")),
                    K::UnknownReference(control.clone()),
                );
            }
        }
        for (j, objective) in item.links.objectives.iter().enumerate() {
            if !self.objectives.contains(objective.as_str()) {
                self.push(
                    at(&format!("links.objectives[{j}]")),
                    K::UnknownReference(objective.to_string()),
                );
            }
        }
        for (j, dep) in item.links.depends_on.iter().enumerate() {
            if dep == &item.id {
                self.push(at(&format!("links.depends_on[{j}]")), K::DependsOnItself);
            } else if self.items.position(dep).is_none() {
                self.push(
                    at(&format!("links.depends_on[{j}]")),
                    K::UnknownReference(dep.to_string()),
                );
            }
        }
        self.person(|| at("plan.owner"), item.plan.owner.as_ref());
        for (j, action) in item.plan.actions.iter().enumerate() {
            self.person(
                || at(&format!("plan.actions[{j}].owner")),
                action.owner.as_ref(),
            );
        }
        self.person(
            || at("verification.verifier"),
            item.verification.verifier.as_ref(),
        );
        self.person(
            || at("verification.verified_by"),
            item.verification.verified_by.as_ref(),
        );
    }

    /// Reports one cycle per strongly connected group, found by depth-first search.
    fn cycles(&mut self) {
        // Most registers have no dependencies at all: no graph to build for thousands of items.
        if self
            .ws
            .items
            .iter()
            .all(|it| it.links.depends_on.is_empty())
        {
            return;
        }
        let edges: Vec<Vec<usize>> = self
            .ws
            .items
            .iter()
            .map(|it| {
                it.links
                    .depends_on
                    .iter()
                    .filter_map(|d| self.items.position(d))
                    .collect()
            })
            .collect();
        // 0 = unvisited, 1 = on the current path, 2 = done.
        let mut state = vec![0u8; edges.len()];
        for start in 0..edges.len() {
            if state[start] != 0 {
                continue;
            }
            let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
            state[start] = 1;
            while let Some(top) = stack.last_mut() {
                let node = top.0;
                if let Some(&to) = edges[node].get(top.1) {
                    top.1 += 1;
                    match state[to] {
                        0 => {
                            state[to] = 1;
                            stack.push((to, 0));
                        }
                        1 if to != node => {
                            let from = stack.iter().position(|(n, _)| *n == to).unwrap_or(0);
                            let mut ids: Vec<String> = stack[from..]
                                .iter()
                                .map(|(n, _)| self.ws.items[*n].id.to_string())
                                .collect();
                            ids.push(self.ws.items[to].id.to_string());
                            self.push(
                                format!("items[{to}].links.depends_on"),
                                K::DependencyCycle(ids),
                            );
                        }
                        _ => {}
                    }
                } else {
                    state[node] = 2;
                    stack.pop();
                }
            }
        }
    }
}

/// Every problem in `ws`, with paths relative to the workspace (`items[2].plan.owner`).
pub fn validate(ws: &Workspace) -> Vec<Problem> {
    let (items, repeated_items) = ItemIndex::with_repeats(&ws.items);
    let mut c = Checker {
        ws,
        people: BTreeSet::new(),
        objectives: BTreeSet::new(),
        items,
        problems: Vec::new(),
    };
    if ws.name.trim().is_empty() {
        c.push("name".into(), K::Empty);
    }
    if ws.updated < ws.created {
        c.push(
            "updated".into(),
            K::DateBefore {
                this: "updated".into(),
                other: "created".into(),
            },
        );
    }
    c.people = c.unique("people", ws.people.iter().map(|p| p.id.as_str()));
    c.objectives = c.unique("objectives", ws.objectives.iter().map(|o| o.id.as_str()));
    for i in repeated_items {
        c.push(
            format!("items[{i}].id"),
            K::DuplicateId(ws.items[i].id.to_string()),
        );
    }
    for (i, person) in ws.people.iter().enumerate() {
        if person.name.trim().is_empty() {
            c.push(format!("people[{i}].name"), K::Empty);
        }
    }
    for (i, objective) in ws.objectives.iter().enumerate() {
        if objective.title.trim().is_empty() {
            c.push(format!("objectives[{i}].title"), K::Empty);
        }
        c.person(
            || format!("objectives[{i}].owner"),
            objective.owner.as_ref(),
        );
    }
    for (i, item) in ws.items.iter().enumerate() {
        c.item(i, item);
    }
    c.unique(
        "held_reviews",
        ws.held_reviews.iter().map(|r| r.id.as_str()),
    );
    for (i, held) in ws.held_reviews.iter().enumerate() {
        for (field, text) in [
            ("attendees", &held.attendees),
            ("decisions", &held.decisions),
        ] {
            if text.trim().is_empty() {
                c.push(format!("held_reviews[{i}].{field}"), K::Empty);
            }
        }
        c.order(
            || format!("held_reviews[{i}].input.to"),
            ("from", Some(held.input.from)),
            ("to", Some(held.input.to)),
        );
    }
    c.cycles();
    let w = ws.settings.weights;
    if [w.impact, w.effort, w.alignment, w.urgency]
        .iter()
        .all(|v| *v == 0)
    {
        c.push("settings.weights".into(), K::NoWeights);
    }
    let q = ws.settings.quadrants;
    c.range(
        || "settings.quadrants.impact".into(),
        Some(i64::from(q.impact)),
        1,
        5,
    );
    c.range(
        || "settings.quadrants.effort".into(),
        Some(i64::from(q.effort)),
        1,
        5,
    );
    let months = crate::model::Settings::REVIEW_MONTHS;
    c.range(
        || "settings.review_every_months".into(),
        ws.settings.review_every_months.map(i64::from),
        i64::from(*months.start()),
        i64::from(*months.end()),
    );
    for (key, entry) in &ws.gap.entries {
        let at = |rest: &str| format!("gap.entries.{key}{rest}");
        if catalogue::requirement(key).is_none_or(|r| r.id != key) {
            c.push(at(""), K::UnknownReference(key.clone()));
        }
        c.range(|| at(".maturity"), entry.maturity.map(i64::from), 0, 5);
        c.range(
            || at(".target_maturity"),
            entry.target_maturity.map(i64::from),
            0,
            5,
        );
        c.person(|| at(".owner"), entry.owner.as_ref());
        for (j, id) in entry.items.iter().enumerate() {
            if c.items.position(id).is_none() {
                c.push(
                    at(&format!(".items[{j}]")),
                    K::UnknownReference(id.to_string()),
                );
            }
        }
    }
    c.problems
}
