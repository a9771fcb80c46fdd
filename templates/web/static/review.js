// Keyboard review of the flag queue: j/k move, a accept, r reject, m merge, n note, w window, o open, ? help.
// Loaded as an external file: the Content-Security-Policy allows no inline script.
"use strict";

(function () {
  const SELECTED = "selected";

  function cards() {
    return Array.from(document.querySelectorAll(".flag-card"));
  }

  function current() {
    return document.querySelector(".flag-card." + SELECTED);
  }

  function select(card) {
    if (!card) return;
    const before = current();
    if (before) {
      before.classList.remove(SELECTED);
      before.removeAttribute("aria-current");
    }
    card.classList.add(SELECTED);
    card.setAttribute("aria-current", "true");
    card.focus({ preventScroll: true });
    card.scrollIntoView({ block: "nearest" });
  }

  function move(step) {
    const all = cards();
    if (!all.length) return;
    const at = all.indexOf(current());
    const next = at < 0 ? 0 : Math.min(Math.max(at + step, 0), all.length - 1);
    select(all[next]);
  }

  function press(buttonClass) {
    const card = current();
    const button = card && card.querySelector("form.decision button." + buttonClass);
    if (!button) return false;
    button.form.requestSubmit(button);
    return true;
  }

  function focusField(fieldClass) {
    const card = current();
    const field = card && card.querySelector("." + fieldClass);
    if (!field) return false;
    field.focus();
    if (field.select) field.select();
    return true;
  }

  function toggleHelp() {
    const help = document.getElementById("shortcuts");
    if (!help) return;
    if (help.open) help.close();
    else help.showModal();
  }

  function typing(target) {
    return target instanceof HTMLElement &&
      (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
  }

  // Inside a form field: Esc goes back to the queue, Enter in "merge into" merges,
  // Ctrl+Enter in the note accepts. Everything else is typing.
  function onFieldKey(event) {
    const field = event.target;
    const card = field.closest(".flag-card");
    if (!card) return;
    if (event.key === "Escape") {
      event.preventDefault();
      field.blur();
      select(card);
    } else if (event.key === "Enter" && field.classList.contains("merge-field")) {
      event.preventDefault();
      select(card);
      press("merge");
    } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      select(card);
      press("accept");
    }
  }

  const KEYS = {
    j: () => move(1),
    k: () => move(-1),
    a: () => press("accept"),
    r: () => press("reject"),
    m: () => focusField("merge-field"),
    n: () => focusField("note-field"),
    w: () => focusField("window-field"),
    o: () => {
      const link = current() && current().querySelector("a.flag-link");
      if (link) window.location.assign(link.href);
    },
    "?": toggleHelp,
  };

  function onKey(event) {
    if (typing(event.target)) {
      onFieldKey(event);
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const action = KEYS[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  function start() {
    const all = cards();
    if (!all.length) return;
    const wanted = window.location.hash && document.getElementById(window.location.hash.slice(1));
    select(wanted && wanted.classList.contains("flag-card") ? wanted : all[0]);
    for (const card of all) {
      card.addEventListener("click", (event) => {
        if (!typing(event.target)) select(card);
      });
      card.addEventListener("focusin", () => {
        if (current() !== card) {
          const before = current();
          if (before) before.classList.remove(SELECTED);
          card.classList.add(SELECTED);
        }
      });
    }
  }

  document.addEventListener("keydown", onKey);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
