// What GraphiQL 4's markup lacks for WCAG 2.1 AA, added to its DOM as it renders: a name
// for each CodeMirror editor's input, keyboard focus for the editors' scroll regions, and
// tabs whose buttons are the interactive elements (GraphiQL puts role="tab" on the list
// item holding two buttons, an interactive element nested in another).
const EDITOR_NAMES: [selector: string, name: string][] = [
  [".graphiql-query-editor", "Query editor"],
  [".graphiql-editor-tool .graphiql-editor:nth-child(1)", "Variables editor"],
  [".graphiql-editor-tool .graphiql-editor:nth-child(2)", "Headers editor"],
  [".graphiql-response", "Response"],
];

function repair(root: ParentNode): void {
  for (const [selector, name] of EDITOR_NAMES) {
    for (const textarea of root.querySelectorAll<HTMLTextAreaElement>(`${selector} .CodeMirror textarea`)) if (!textarea.hasAttribute("aria-label")) textarea.setAttribute("aria-label", name);
  }
  // A long query or answer scrolls: its region takes focus so the arrow keys can scroll it.
  for (const scroll of root.querySelectorAll<HTMLElement>('.CodeMirror-scroll:not([tabindex="0"])')) scroll.setAttribute("tabindex", "0");
  for (const list of root.querySelectorAll<HTMLElement>('.graphiql-tabs[role="tablist"]')) list.setAttribute("role", "list");
  for (const tab of root.querySelectorAll<HTMLElement>('.graphiql-tab[role="tab"]')) {
    tab.setAttribute("role", "listitem");
    tab.removeAttribute("aria-selected");
  }
  for (const button of root.querySelectorAll<HTMLElement>(".graphiql-tab-button")) {
    const active = button.closest(".graphiql-tab-active") !== null;
    if (active) button.setAttribute("aria-current", "true");
    else button.removeAttribute("aria-current");
  }
}

/** Repairs the page now and after every change GraphiQL makes to it. */
export function repairAccessibility(root: HTMLElement): void {
  let scheduled = false;
  const observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      repair(root);
    });
  });
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ["class", "role"] });
  repair(root);
}
