//! Scores under each model, with the terms that make them up, so the UI can answer "why is this
//! #1". The weighted score's terms add up to the score; ICE, RICE and WSJF show the factors of
//! their formula. An item that lacks an input a model needs is not scored: it is reported as
//! needing that input, never scored as if it were zero.

use serde::{Deserialize, Serialize};

use super::scales;
use crate::i18n::Lang;
use crate::model::{Item, Model, PriorityInputs, Weights};

/// An input of a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Factor {
    Impact,
    Effort,
    Alignment,
    Urgency,
    Confidence,
    Ease,
    Reach,
    PersonDays,
    BusinessValue,
    TimeCriticality,
    RiskReduction,
}

impl Factor {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Factor::Impact => "Impact",
            Factor::Effort => lang.pick("Effort", "Inspanning"),
            Factor::Alignment => {
                lang.pick("Alignment with objectives", "Afstemming op doelstellingen")
            }
            Factor::Urgency => lang.pick("Urgency", "Urgentie"),
            Factor::Confidence => lang.pick("Confidence", "Zekerheid"),
            Factor::Ease => lang.pick("Ease", "Gemak"),
            Factor::Reach => lang.pick("Reach", "Bereik"),
            Factor::PersonDays => lang.pick("Person-days", "Persoonsdagen"),
            Factor::BusinessValue => lang.pick("Business value", "Bedrijfswaarde"),
            Factor::TimeCriticality => lang.pick("Time criticality", "Tijdkritiek"),
            Factor::RiskReduction => lang.pick("Risk reduction", "Risicoreductie"),
        }
    }
}

/// One term of a score.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Term {
    pub factor: Factor,
    /// The item's value for this factor (a 1–5 step, a percentage, days…).
    pub input: f64,
    /// The weighted model's share of this factor, 0–1.
    pub weight: Option<f64>,
    /// The weighted model's points from this factor; they add up to the score.
    pub points: Option<f64>,
}

const NO_TERM: Term = Term {
    factor: Factor::Impact,
    input: 0.0,
    weight: None,
    points: None,
};

/// A score and the terms it is made of.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Explanation {
    pub model: Model,
    pub score: f64,
    terms: [Term; 4],
    len: usize,
}

impl Explanation {
    fn new(model: Model, score: f64, list: &[Term]) -> Explanation {
        let mut terms = [NO_TERM; 4];
        terms[..list.len()].copy_from_slice(list);
        Explanation {
            model,
            score,
            terms,
            len: list.len(),
        }
    }

    pub fn terms(&self) -> &[Term] {
        &self.terms[..self.len]
    }
}

fn need(value: Option<u8>, factor: Factor, missing: &mut Vec<Factor>) -> f64 {
    match value {
        Some(v) => f64::from(v),
        None => {
            missing.push(factor);
            0.0
        }
    }
}

fn days(inputs: &PriorityInputs, missing: &mut Vec<Factor>) -> f64 {
    match inputs.person_days {
        Some(d) if d > 0 => f64::from(d),
        _ => {
            missing.push(Factor::PersonDays);
            1.0
        }
    }
}

/// Scores `item` under `model`, or lists the inputs it still needs.
pub fn explain(item: &Item, model: Model, weights: &Weights) -> Result<Explanation, Vec<Factor>> {
    explain_with(item, model, weights.as_array())
}

/// `explain` with weights as numbers (impact, effort, alignment, urgency), for what-if analysis.
pub(super) fn explain_with(
    item: &Item,
    model: Model,
    w: [f64; 4],
) -> Result<Explanation, Vec<Factor>> {
    let inputs = &item.inputs;
    let mut missing = Vec::new();
    let explanation = match model {
        Model::Weighted => {
            let impact = need(inputs.impact, Factor::Impact, &mut missing);
            let effort = need(inputs.effort, Factor::Effort, &mut missing);
            let urgency = need(inputs.urgency, Factor::Urgency, &mut missing);
            let alignment = f64::from(scales::alignment(
                inputs.alignment_override,
                item.links.objectives.len(),
            ));
            let share = shares(w);
            let norm = norms(impact, effort, alignment, urgency);
            let factors = [
                (Factor::Impact, impact),
                (Factor::Effort, effort),
                (Factor::Alignment, alignment),
                (Factor::Urgency, urgency),
            ];
            let mut terms = [NO_TERM; 4];
            for k in 0..4 {
                terms[k] = Term {
                    factor: factors[k].0,
                    input: factors[k].1,
                    weight: Some(share[k]),
                    points: Some(points(share[k], norm[k])),
                };
            }
            Explanation::new(model, weighted_sum(&share, &norm), &terms)
        }
        Model::Ice => {
            let impact = need(inputs.impact, Factor::Impact, &mut missing);
            let confidence = need(inputs.confidence_pct, Factor::Confidence, &mut missing);
            let effort = need(inputs.effort, Factor::Effort, &mut missing);
            let ease = 6.0 - effort;
            let score = impact * confidence / 100.0 * ease;
            Explanation::new(
                model,
                score,
                &[
                    term(Factor::Impact, impact),
                    term(Factor::Confidence, confidence),
                    term(Factor::Ease, ease),
                ],
            )
        }
        Model::Rice => {
            let reach = match inputs.reach {
                Some(r) => f64::from(r),
                None => {
                    missing.push(Factor::Reach);
                    0.0
                }
            };
            let impact = need(inputs.impact, Factor::Impact, &mut missing);
            let confidence = need(inputs.confidence_pct, Factor::Confidence, &mut missing);
            let d = days(inputs, &mut missing);
            let score = reach * impact * confidence / 100.0 / d;
            Explanation::new(
                model,
                score,
                &[
                    term(Factor::Reach, reach),
                    term(Factor::Impact, impact),
                    term(Factor::Confidence, confidence),
                    term(Factor::PersonDays, d),
                ],
            )
        }
        Model::Wsjf => {
            let bv = need(inputs.business_value, Factor::BusinessValue, &mut missing);
            let tc = need(
                inputs.time_criticality,
                Factor::TimeCriticality,
                &mut missing,
            );
            let rr = need(inputs.risk_reduction, Factor::RiskReduction, &mut missing);
            let d = days(inputs, &mut missing);
            let score = (bv + tc + rr) / d;
            Explanation::new(
                model,
                score,
                &[
                    term(Factor::BusinessValue, bv),
                    term(Factor::TimeCriticality, tc),
                    term(Factor::RiskReduction, rr),
                    term(Factor::PersonDays, d),
                ],
            )
        }
    };
    if missing.is_empty() {
        Ok(explanation)
    } else {
        Err(missing)
    }
}

/// Each weight's share of the total. All weights zero would make every item equal; validation
/// forbids it, and here it degrades to equal weights rather than dividing by zero.
pub(super) fn shares(w: [f64; 4]) -> [f64; 4] {
    let total: f64 = w.iter().sum();
    w.map(|x| if total > 0.0 { x / total } else { 0.25 })
}

/// Each input mapped to 0–1, effort inverted: less effort is better.
#[inline]
fn norms(impact: f64, effort: f64, alignment: f64, urgency: f64) -> [f64; 4] {
    [
        (impact - 1.0) / 4.0,
        (5.0 - effort) / 4.0,
        (alignment - 1.0) / 4.0,
        (urgency - 1.0) / 4.0,
    ]
}

#[inline]
fn points(share: f64, norm: f64) -> f64 {
    100.0 * share * norm
}

#[inline]
fn weighted_sum(share: &[f64; 4], norm: &[f64; 4]) -> f64 {
    (0..4).fold(0.0, |sum, k| sum + points(share[k], norm[k]))
}

/// The weighted score alone, with the shares computed once for a whole ranking: the same
/// arithmetic as `explain`, without building the explanation. `None` when an input is missing.
#[inline]
pub(super) fn weighted_score(item: &Item, share: &[f64; 4]) -> Option<f64> {
    let inputs = &item.inputs;
    let alignment = f64::from(scales::alignment(
        inputs.alignment_override,
        item.links.objectives.len(),
    ));
    let norm = norms(
        f64::from(inputs.impact?),
        f64::from(inputs.effort?),
        alignment,
        f64::from(inputs.urgency?),
    );
    Some(weighted_sum(share, &norm))
}

fn term(factor: Factor, input: f64) -> Term {
    Term {
        factor,
        input,
        weight: None,
        points: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ObjectiveId;

    fn item(impact: u8, effort: u8, urgency: u8) -> Item {
        crate::arb::rated(1, impact, effort, urgency)
    }

    #[test]
    fn the_weighted_score_is_the_sum_of_its_terms() {
        let mut it = item(4, 2, 3);
        it.links.objectives.push(ObjectiveId::new(1));
        let e = explain(&it, Model::Weighted, &Weights::default()).unwrap();
        let sum: f64 = e.terms().iter().filter_map(|t| t.points).sum();
        assert!((e.score - sum).abs() < 1e-9);
        // 40% × 3/4 + 20% × 3/4 + 25% × 3/4 + 15% × 2/4 = 71.25
        assert!((e.score - 71.25).abs() < 1e-9, "{}", e.score);
    }

    #[test]
    fn weighted_scores_span_zero_to_one_hundred() {
        let mut best = item(5, 1, 5);
        best.inputs.alignment_override = Some(5);
        assert!(
            (explain(&best, Model::Weighted, &Weights::default())
                .unwrap()
                .score
                - 100.0)
                .abs()
                < 1e-9
        );
        let worst = item(1, 5, 1);
        assert_eq!(
            explain(&worst, Model::Weighted, &Weights::default())
                .unwrap()
                .score,
            0.0
        );
    }

    #[test]
    fn only_the_ratio_of_weights_matters() {
        let it = item(3, 4, 2);
        let a = explain(
            &it,
            Model::Weighted,
            &Weights {
                impact: 40,
                effort: 20,
                alignment: 25,
                urgency: 15,
            },
        )
        .unwrap();
        let b = explain(
            &it,
            Model::Weighted,
            &Weights {
                impact: 8,
                effort: 4,
                alignment: 5,
                urgency: 3,
            },
        )
        .unwrap();
        assert!((a.score - b.score).abs() < 1e-9);
    }

    #[test]
    fn a_missing_input_makes_an_item_unrankable_not_zero() {
        let mut it = item(3, 3, 3);
        it.inputs.urgency = None;
        assert_eq!(
            explain(&it, Model::Weighted, &Weights::default()),
            Err(vec![Factor::Urgency])
        );
        assert_eq!(
            explain(&it, Model::Ice, &Weights::default()),
            Err(vec![Factor::Confidence])
        );
        assert_eq!(
            explain(&it, Model::Rice, &Weights::default()),
            Err(vec![Factor::Reach, Factor::Confidence, Factor::PersonDays])
        );
        assert_eq!(
            explain(&it, Model::Wsjf, &Weights::default()),
            Err(vec![
                Factor::BusinessValue,
                Factor::TimeCriticality,
                Factor::RiskReduction,
                Factor::PersonDays
            ])
        );
    }

    #[test]
    fn ice_rice_and_wsjf_follow_their_formulas() {
        let mut it = item(4, 2, 3);
        it.inputs.confidence_pct = Some(80);
        it.inputs.reach = Some(200);
        it.inputs.person_days = Some(10);
        it.inputs.business_value = Some(8);
        it.inputs.time_criticality = Some(5);
        it.inputs.risk_reduction = Some(13);
        let w = Weights::default();
        assert!((explain(&it, Model::Ice, &w).unwrap().score - 4.0 * 0.8 * 4.0).abs() < 1e-9);
        assert!(
            (explain(&it, Model::Rice, &w).unwrap().score - 200.0 * 4.0 * 0.8 / 10.0).abs() < 1e-9
        );
        assert!((explain(&it, Model::Wsjf, &w).unwrap().score - 26.0 / 10.0).abs() < 1e-9);
        it.inputs.person_days = Some(0);
        assert_eq!(explain(&it, Model::Wsjf, &w), Err(vec![Factor::PersonDays]));
    }
}
