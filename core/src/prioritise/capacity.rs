//! The capacity plan: with a budget of person-days, which open items to do so that the total
//! score is as high as possible. Mandatory corrective actions (major nonconformities) and
//! everything they depend on are always in; no item is planned without the open items it depends
//! on; every item left out says why.
//!
//! The optimiser is exact 0/1 knapsack over whole person-days when the optional items are
//! independent, exact tree knapsack when their dependencies form a forest (each depends on at
//! most one other open item), and branch and bound for a general dependency graph: exact when it
//! finishes within its node budget, otherwise the best plan found, marked as not proven optimal.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::{rank, Factor};
use crate::model::{Item, ItemId, Settings};
use crate::sorting;

/// Branch and bound explores at most this many nodes before settling for the best plan found.
pub const NODE_BUDGET: usize = 200_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Knapsack,
    TreeKnapsack,
    BranchAndBound,
}

/// Why an open item is not in the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// No estimate of person-days.
    NoEstimate,
    /// The ranking model cannot score it yet.
    NotRankable(Vec<Factor>),
    /// It depends on an open item that cannot be planned (on hold, unscored or unestimated).
    DependsOn(ItemId),
    /// It does not fit: the budget is better spent on the chosen items.
    DoesNotFit,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    pub index: usize,
    pub why: Why,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CapacityPlan {
    pub budget: u32,
    /// Indexes into the items, in rank order; mandatory ones included.
    pub chosen: Vec<usize>,
    /// Mandatory items (and what they depend on), always chosen.
    pub mandatory: Vec<usize>,
    pub days: u32,
    pub value: f64,
    /// Days by which the mandatory work alone exceeds the budget.
    pub over_budget: u32,
    pub left_out: Vec<LeftOut>,
    pub method: Method,
    pub proven_optimal: bool,
}

struct Candidate {
    index: usize,
    cost: u32,
    value: f64,
    rank: usize,
    mandatory: bool,
    /// Open dependencies, as indexes into the items.
    deps: Vec<usize>,
}

/// Plans `budget` person-days over the open items.
pub fn plan(items: &[Item], settings: &Settings, today: NaiveDate, budget: u32) -> CapacityPlan {
    let ranking = rank(items, settings, today);
    let by_id: HashMap<ItemId, usize> =
        items.iter().enumerate().map(|(i, it)| (it.id, i)).collect();
    let mut left_out: Vec<LeftOut> = ranking
        .unrankable
        .iter()
        .map(|u| LeftOut {
            index: u.index,
            why: Why::NotRankable(u.needs.clone()),
        })
        .collect();

    let mut candidates: HashMap<usize, Candidate> = HashMap::new();
    for r in &ranking.ranked {
        let item = &items[r.index];
        let Some(cost) = item.inputs.person_days else {
            left_out.push(LeftOut {
                index: r.index,
                why: Why::NoEstimate,
            });
            continue;
        };
        let deps = item
            .links
            .depends_on
            .iter()
            .filter_map(|d| by_id.get(d).copied())
            .filter(|&d| items[d].is_open())
            .collect();
        candidates.insert(
            r.index,
            Candidate {
                index: r.index,
                cost,
                value: r.score,
                rank: r.rank,
                mandatory: r.mandatory,
                deps,
            },
        );
    }

    // An item whose open dependency cannot be planned cannot be planned either; repeat until
    // nothing changes, since blocking travels along chains.
    loop {
        let blocked: Vec<(usize, usize)> = candidates
            .values()
            .filter_map(|c| {
                c.deps
                    .iter()
                    .find(|d| !candidates.contains_key(d))
                    .map(|d| (c.index, *d))
            })
            .collect();
        if blocked.is_empty() {
            break;
        }
        for (index, dep) in blocked {
            candidates.remove(&index);
            left_out.push(LeftOut {
                index,
                why: Why::DependsOn(items[dep].id),
            });
        }
    }

    // Mandatory items pull in everything they depend on.
    let mut mandatory: Vec<usize> = candidates
        .values()
        .filter(|c| c.mandatory)
        .map(|c| c.index)
        .collect();
    let mut k = 0;
    while k < mandatory.len() {
        let deps = candidates[&mandatory[k]].deps.clone();
        for d in deps {
            if !mandatory.contains(&d) {
                mandatory.push(d);
            }
        }
        k += 1;
    }
    let mandatory_days: u32 = mandatory.iter().map(|i| candidates[i].cost).sum();
    let remaining = budget.saturating_sub(mandatory_days);

    let mut optional: Vec<&Candidate> = candidates
        .values()
        .filter(|c| !mandatory.contains(&c.index))
        .collect();
    sorting::sort_by_key(&mut optional, |c| c.rank);
    let local: HashMap<usize, usize> = optional
        .iter()
        .enumerate()
        .map(|(i, c)| (c.index, i))
        .collect();
    // Dependencies among the optional items; those on mandatory items are met already.
    let deps: Vec<Vec<usize>> = optional
        .iter()
        .map(|c| {
            c.deps
                .iter()
                .filter_map(|d| local.get(d).copied())
                .collect()
        })
        .collect();
    let costs: Vec<u32> = optional.iter().map(|c| c.cost).collect();
    let values: Vec<f64> = optional.iter().map(|c| c.value).collect();

    let most_deps = deps.iter().map(Vec::len).max().unwrap_or(0);
    let (take, method, proven_optimal) = match most_deps {
        0 => (
            tree_knapsack(&costs, &values, &vec![None; costs.len()], remaining),
            Method::Knapsack,
            true,
        ),
        1 => {
            let parent: Vec<Option<usize>> = deps.iter().map(|d| d.first().copied()).collect();
            (
                tree_knapsack(&costs, &values, &parent, remaining),
                Method::TreeKnapsack,
                true,
            )
        }
        _ => {
            let (take, proven) = branch_and_bound(&costs, &values, &deps, remaining);
            (take, Method::BranchAndBound, proven)
        }
    };

    let mut chosen: Vec<usize> = mandatory.clone();
    for (i, c) in optional.iter().enumerate() {
        if take[i] {
            chosen.push(c.index);
        } else {
            left_out.push(LeftOut {
                index: c.index,
                why: Why::DoesNotFit,
            });
        }
    }
    sorting::sort_by_key(&mut chosen, |i| candidates[i].rank);
    sorting::sort_by_key(&mut mandatory, |i| candidates[i].rank);
    let rank_of = |i: &usize| ranking.rank_of(*i).unwrap_or(usize::MAX);
    sorting::sort_by_key(&mut left_out, |l| (rank_of(&l.index), l.index));
    CapacityPlan {
        budget,
        days: chosen.iter().map(|i| candidates[i].cost).sum(),
        value: chosen.iter().map(|i| candidates[i].value).sum(),
        chosen,
        mandatory,
        over_budget: mandatory_days.saturating_sub(budget),
        left_out,
        method,
        proven_optimal,
    }
}

/// Exact knapsack over a forest: taking an item requires taking its parent. With no parents it
/// is the plain 0/1 knapsack. Items are visited in pre-order, so "skip" jumps over a subtree.
fn tree_knapsack(
    costs: &[u32],
    values: &[f64],
    parent: &[Option<usize>],
    budget: u32,
) -> Vec<bool> {
    let n = costs.len();
    let mut children = vec![Vec::new(); n];
    let mut roots = Vec::new();
    for (i, p) in parent.iter().enumerate() {
        match p {
            Some(p) => children[*p].push(i),
            None => roots.push(i),
        }
    }
    // Pre-order, and for each position the position just past its subtree.
    let mut order = Vec::with_capacity(n);
    let mut end = vec![0usize; n];
    let mut stack: Vec<(usize, bool)> = roots.iter().rev().map(|r| (*r, false)).collect();
    let mut position = vec![0usize; n];
    while let Some((node, done)) = stack.pop() {
        if done {
            end[position[node]] = order.len();
            continue;
        }
        position[node] = order.len();
        order.push(node);
        stack.push((node, true));
        stack.extend(children[node].iter().rev().map(|c| (*c, false)));
    }
    let width = budget as usize + 1;
    // best[k * width + w]: best value from pre-order position k on, with w days left.
    let mut best = vec![0.0f64; (n + 1) * width];
    for k in (0..order.len()).rev() {
        let item = order[k];
        let cost = costs[item] as usize;
        for w in 0..width {
            let skip = best[end[k] * width + w];
            let take = if cost <= w {
                values[item] + best[(k + 1) * width + w - cost]
            } else {
                f64::NEG_INFINITY
            };
            best[k * width + w] = if take > skip { take } else { skip };
        }
    }
    let mut take = vec![false; n];
    let (mut k, mut w) = (0usize, width - 1);
    while k < order.len() {
        let item = order[k];
        let cost = costs[item] as usize;
        // The same comparison the table was filled with, so the walk retraces its choices.
        if cost <= w && values[item] + best[(k + 1) * width + w - cost] > best[end[k] * width + w] {
            take[item] = true;
            w -= cost;
            k += 1;
        } else {
            k = end[k];
        }
    }
    take
}

/// Exact search over a general dependency graph, bounded by the fractional knapsack relaxation
/// (which ignores dependencies, so it never underestimates). Returns the best plan found and
/// whether the search finished, which proves it optimal.
fn branch_and_bound(
    costs: &[u32],
    values: &[f64],
    deps: &[Vec<usize>],
    budget: u32,
) -> (Vec<bool>, bool) {
    let n = costs.len();
    // Topological order: dependencies first (the graph is acyclic: validation forbids cycles,
    // and anything left over is simply never taken).
    let mut indegree: Vec<usize> = deps.iter().map(Vec::len).collect();
    let mut dependants = vec![Vec::new(); n];
    for (i, d) in deps.iter().enumerate() {
        for &p in d {
            dependants[p].push(i);
        }
    }
    let mut order: Vec<usize> = (0..n).filter(|i| indegree[*i] == 0).collect();
    let mut k = 0;
    while k < order.len() {
        for &c in &dependants[order[k]] {
            indegree[c] -= 1;
            if indegree[c] == 0 {
                order.push(c);
            }
        }
        k += 1;
    }
    // Bound order: best value per day first (free items first of all).
    let mut by_density: Vec<usize> = order.clone();
    sorting::sort_positions(&mut by_density, &|a, b| {
        density(values[b], costs[b]).total_cmp(&density(values[a], costs[a]))
    });

    // A greedy start: repeatedly add the densest item whose dependencies are in and that fits.
    let mut best = vec![false; n];
    let mut left = budget;
    loop {
        let next = by_density
            .iter()
            .copied()
            .find(|&i| !best[i] && costs[i] <= left && deps[i].iter().all(|d| best[*d]));
        match next {
            Some(i) => {
                best[i] = true;
                left -= costs[i];
            }
            None => break,
        }
    }
    let best_value: f64 = (0..n).filter(|i| best[*i]).map(|i| values[i]).sum();

    struct Search<'a> {
        costs: &'a [u32],
        values: &'a [f64],
        deps: &'a [Vec<usize>],
        order: &'a [usize],
        position: Vec<usize>,
        by_density: &'a [usize],
        current: Vec<bool>,
        best: Vec<bool>,
        best_value: f64,
        nodes: usize,
    }

    impl Search<'_> {
        /// Upper bound on what items at order position `k` or later can still add.
        fn bound(&self, k: usize, left: u32) -> f64 {
            let mut room = f64::from(left);
            let mut extra = 0.0;
            for &i in self.by_density {
                if self.position[i] < k {
                    continue;
                }
                let cost = f64::from(self.costs[i]);
                if cost <= room {
                    room -= cost;
                    extra += self.values[i];
                } else {
                    extra += self.values[i] * room / cost;
                    break;
                }
            }
            extra
        }

        /// Returns false when the node budget ran out.
        fn go(&mut self, k: usize, left: u32, value: f64) -> bool {
            self.nodes += 1;
            if self.nodes > NODE_BUDGET {
                return false;
            }
            if value > self.best_value + 1e-9 {
                self.best_value = value;
                self.best.clone_from(&self.current);
            }
            if k == self.order.len() || value + self.bound(k, left) <= self.best_value + 1e-9 {
                return true;
            }
            let i = self.order[k];
            if self.costs[i] <= left && self.deps[i].iter().all(|d| self.current[*d]) {
                self.current[i] = true;
                let finished = self.go(k + 1, left - self.costs[i], value + self.values[i]);
                self.current[i] = false;
                if !finished {
                    return false;
                }
            }
            self.go(k + 1, left, value)
        }
    }

    let mut position = vec![usize::MAX; n];
    for (p, &i) in order.iter().enumerate() {
        position[i] = p;
    }
    let mut search = Search {
        costs,
        values,
        deps,
        order: &order,
        position,
        by_density: &by_density,
        current: vec![false; n],
        best,
        best_value,
        nodes: 0,
    };
    let finished = search.go(0, budget, 0.0);
    (search.best, finished)
}

fn density(value: f64, cost: u32) -> f64 {
    if cost == 0 {
        f64::INFINITY
    } else {
        value / f64::from(cost)
    }
}

#[cfg(test)]
mod tests;
