//! One thing wrong in a workspace, and where it is.

use crate::i18n::Lang;

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The value does not have the expected shape (serde's own wording).
    Shape(String),
    Empty,
    DuplicateId(String),
    /// An id that refers to nothing: a person, objective, item or requirement.
    UnknownReference(String),
    /// An id whose prefix does not match the item's kind.
    IdKindMismatch(String),
    /// A date that must not come before another one does.
    DateBefore {
        this: String,
        other: String,
    },
    OutOfRange {
        value: i64,
        min: i64,
        max: i64,
    },
    MissingNonconformity,
    UnexpectedNonconformity,
    MissingClosingDate,
    MissingHeldFrom,
    DependsOnItself,
    DependencyCycle(Vec<String>),
    NoWeights,
}

/// A problem at a JSON path such as `workspace.items[3].plan.owner`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub kind: ProblemKind,
}

impl Problem {
    pub fn new(path: impl Into<String>, kind: ProblemKind) -> Problem {
        Problem {
            path: path.into(),
            kind,
        }
    }

    /// The problem as a sentence, without the path.
    pub fn message(&self, lang: Lang) -> String {
        use ProblemKind as K;
        let nl = lang == Lang::Nl;
        match &self.kind {
            K::Shape(detail) if nl => format!("Onverwachte waarde: {detail}"),
            K::Shape(detail) => format!("Unexpected value: {detail}"),
            K::Empty => lang
                .pick("Must not be empty.", "Mag niet leeg zijn.")
                .into(),
            K::DuplicateId(id) if nl => format!("Het id {id} komt vaker voor."),
            K::DuplicateId(id) => format!("The id {id} is used more than once."),
            K::UnknownReference(id) if nl => format!("{id} verwijst naar iets dat niet bestaat."),
            K::UnknownReference(id) => format!("{id} refers to something that does not exist."),
            K::IdKindMismatch(id) if nl => format!("Het id {id} past niet bij het soort item."),
            K::IdKindMismatch(id) => format!("The id {id} does not match the item's kind."),
            K::DateBefore { this, other } if nl => format!("{this} ligt vóór {other}."),
            K::DateBefore { this, other } => format!("{this} is before {other}."),
            K::OutOfRange { value, min, max } if nl => {
                format!("{value} ligt niet tussen {min} en {max}.")
            }
            K::OutOfRange { value, min, max } => format!("{value} is not between {min} and {max}."),
            K::MissingNonconformity => lang
                .pick(
                    "A corrective action needs its nonconformity.",
                    "Een corrigerende maatregel heeft een afwijking nodig.",
                )
                .into(),
            K::UnexpectedNonconformity => lang
                .pick(
                    "A continual improvement has no nonconformity.",
                    "Een continue verbetering heeft geen afwijking.",
                )
                .into(),
            K::MissingClosingDate => lang
                .pick(
                    "A closed item needs its closing date.",
                    "Een afgesloten item heeft een sluitingsdatum nodig.",
                )
                .into(),
            K::MissingHeldFrom => lang
                .pick(
                    "An item on hold needs the stage it returns to.",
                    "Een item in de wacht heeft de fase nodig waarnaar het terugkeert.",
                )
                .into(),
            K::DependsOnItself => lang
                .pick(
                    "An item cannot depend on itself.",
                    "Een item kan niet van zichzelf afhangen.",
                )
                .into(),
            K::DependencyCycle(ids) if nl => {
                format!("Circulaire afhankelijkheid: {}.", ids.join(" → "))
            }
            K::DependencyCycle(ids) => format!("Circular dependency: {}.", ids.join(" → ")),
            K::NoWeights => lang
                .pick(
                    "At least one prioritisation weight must be above zero.",
                    "Minstens één prioriteringsgewicht moet groter dan nul zijn.",
                )
                .into(),
        }
    }
}
