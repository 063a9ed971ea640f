//! The interface's strings: one row per key, English then Dutch. Dutch follows the product
//! glossary (`shared/design/glossary.md`).

macro_rules! table {
    ($($key:ident => $en:literal, $nl:literal;)*) => {
        /// A user-visible string.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Key { $($key),* }

        impl Key {
            #[allow(dead_code)]
            pub const ALL: &'static [Key] = &[$(Key::$key),*];
        }

        pub(super) fn pair(key: Key) -> (&'static str, &'static str) {
            match key { $(Key::$key => ($en, $nl)),* }
        }
    };
}

table! {
    AppName => "ISMS Improvement Workbench", "ISMS Verbeterwerkbank";
    AppTagline => "Continual improvement and corrective action for ISO/IEC 27001:2022", "Continue verbetering en corrigerende maatregelen voor ISO/IEC 27001:2022";
    Language => "Language", "Taal";
    SkipToContent => "Skip to content", "Naar de inhoud";
    NavDashboard => "Dashboard", "Dashboard";
    NavRegister => "Register", "Register";
    NavPrioritise => "Prioritise", "Prioriteren";
    NavMatrix => "Impact/effort", "Impact/inspanning";
    NavObjectives => "Objectives", "Doelstellingen";
    NavPeople => "People", "Personen";
    NavWorkspaces => "Workspaces", "Werkruimtes";
    MainNavigation => "Main navigation", "Hoofdnavigatie";
    Saved => "Saved", "Opgeslagen";
    SavedAt => "Saved {}", "Opgeslagen {}";
    Saving => "Saving…", "Opslaan…";
    NotSaved => "Not saved", "Niet opgeslagen";
    StorageUnavailable => "This browser does not allow storage here (private mode or blocked). Your work is kept in memory only: export it before you close the tab.", "Deze browser staat hier geen opslag toe (privémodus of geblokkeerd). Uw werk staat alleen in het geheugen: exporteer het voordat u het tabblad sluit.";
    StorageQuota => "The browser's storage is full: your latest changes are kept in memory only. Export the workspace to keep them.", "De opslag van de browser is vol: uw laatste wijzigingen staan alleen in het geheugen. Exporteer de werkruimte om ze te bewaren.";
    StorageCorrupt => "Stored data for “{}” could not be read: {}. It has been left untouched.", "Opgeslagen gegevens voor “{}” konden niet worden gelezen: {}. Ze zijn onaangeroerd gelaten.";
    StorageFailed => "Saving failed: {}", "Opslaan mislukt: {}";
    NoWorkspaceTitle => "Start a workspace", "Begin een werkruimte";
    NoWorkspaceText => "A workspace holds one organisation's improvement register, objectives and people. Everything stays in this browser until you export it.", "Een werkruimte bevat het verbeterregister, de doelstellingen en de personen van één organisatie. Alles blijft in deze browser totdat u het exporteert.";
    WorkspaceName => "Organisation name", "Naam van de organisatie";
    CreateWorkspace => "Create workspace", "Werkruimte aanmaken";
    LoadExample => "Load example", "Voorbeeld laden";
    NameRequired => "Enter a name first.", "Vul eerst een naam in.";
    CurrentWorkspace => "Current workspace", "Huidige werkruimte";
    Open => "Open", "Openen";
    Rename => "Rename", "Hernoemen";
    Duplicate => "Duplicate", "Dupliceren";
    Delete => "Delete", "Verwijderen";
    CopyOf => "{} (copy)", "{} (kopie)";
    ConfirmDelete => "Delete “{}” and its {} items from this browser?", "“{}” en de {} items verwijderen uit deze browser?";
    Deleted => "“{}” deleted.", "“{}” verwijderd.";
    Undo => "Undo", "Ongedaan maken";
    Cancel => "Cancel", "Annuleren";
    Save => "Save", "Opslaan";
    Items => "Items", "Items";
    Updated => "Updated", "Bijgewerkt";
    Scope => "ISMS scope", "Scope van het ISMS";
    FigItems => "Items in the register", "Items in het register";
    FigOpen => "Open", "Open";
    FigOverdue => "Overdue items and actions", "Items en acties over de streefdatum";
    FigClosedQuarter => "Closed this quarter", "Afgesloten dit kwartaal";
    FigCycle => "Average days from identified to closed", "Gemiddeld aantal dagen van identificatie tot afsluiting";
    NotFound => "This page does not exist.", "Deze pagina bestaat niet.";
    BackToDashboard => "Back to the dashboard", "Terug naar het dashboard";
}
