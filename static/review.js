// Review screens: htmx settings, claim selection and keyboard shortcuts. No framework.
(function () {
  "use strict";

  // htmx 2 does not swap 4xx replies, but a refused save answers with the card that
  // says why: 409 when another editor changed the claim first, 422 for a missing note.
  if (window.htmx) {
    htmx.config.responseHandling = [
      { code: "204", swap: false },
      { code: "[23]..", swap: true },
      { code: "400", swap: true, error: false },
      { code: "409", swap: true, error: false },
      { code: "422", swap: true, error: false },
      { code: "[45]..", swap: false, error: true },
    ];
  }

  var VERDICT_KEYS = { v: "verified", f: "false", m: "misleading", u: "unverifiable", n: "not_a_claim", p: "pending" };
  var selectedId = null;
  // A verdict key pressed while the selected card was still loading or not yet wired up:
  // given once it is in.
  var queuedVerdict = null;

  function cards() {
    return Array.prototype.slice.call(document.querySelectorAll(".claim-list .claim-card"));
  }

  function marksFor(id) {
    return document.querySelectorAll('mark[data-claims~="' + id + '"]');
  }

  function select(card, options) {
    if (!card) return;
    options = options || {};
    document.querySelectorAll(".claim-card.selected, mark.selected").forEach(function (el) {
      el.classList.remove("selected");
      if (el !== card) disarm(el.querySelector && el.querySelector(".verdict-form"));
    });
    selectedId = card.dataset.claim;
    card.classList.add("selected");
    if (card.hasAttribute("data-compact")) expand(card);
    var marks = marksFor(selectedId);
    marks.forEach(function (mark) { mark.classList.add("selected"); });
    if (options.scrollText && marks.length) marks[0].scrollIntoView({ block: "center" });
    if (options.scrollCard) card.scrollIntoView({ block: "nearest" });
    if (options.focus) card.focus({ preventScroll: true });
    if (window.history.replaceState) window.history.replaceState(null, "", "#claim-" + selectedId);
  }

  // A compact card turns into the full one, with its actions and history, when selected.
  // One request per card: a second expansion landing later would replace the full card
  // again and throw away a note the editor had started typing. Each card is its own
  // request source: htmx holds back a request whose source is busy, so with one shared
  // source a quick j/k would leave the next card compact.
  var expanding = {};
  function expand(card) {
    if (!window.htmx) return;
    var id = card.dataset.claim;
    if (expanding[id]) return;
    var done = function () { delete expanding[id]; };
    expanding[id] = htmx.ajax("GET", card.dataset.full, { source: card, target: card, swap: "outerHTML" })
      .then(done, done);
  }

  // Long claim lists arrive in chunks after the page; a span or a link can name a card
  // that is still on its way, so wait for the chunks until it is there or none is left.
  function withCard(id, then) {
    var card = document.getElementById("claim-" + id);
    if (card) return then(card);
    if (!document.querySelector(".claim-list .more-claims")) return;
    var check = function () {
      var found = document.getElementById("claim-" + id);
      if (!found && document.querySelector(".claim-list .more-claims")) return;
      document.removeEventListener("htmx:afterSettle", check);
      if (found) then(found);
    };
    document.addEventListener("htmx:afterSettle", check);
  }

  function selectedCard() {
    return selectedId ? document.getElementById("claim-" + selectedId) : null;
  }

  function move(step) {
    var list = cards();
    if (!list.length) return;
    var index = list.indexOf(selectedCard());
    var next = index < 0 ? 0 : Math.min(list.length - 1, Math.max(0, index + step));
    select(list[next], { scrollText: true, scrollCard: true, focus: true });
  }

  // htmx swaps a card in first and wires up its forms only as it settles (it carries
  // htmx's added class until then): a button pressed in between submits its form as a
  // plain page load, which throws away the page and every card still loading on it.
  function wired(card) {
    return !window.htmx || !card.classList.contains(htmx.config.addedClass);
  }

  function giveVerdict(verdict) {
    var card = selectedCard();
    if (!card) return;
    if (card.hasAttribute("data-compact") || !wired(card)) {
      queuedVerdict = { id: card.dataset.claim, verdict: verdict };
      return;
    }
    var form = card.querySelector(".verdict-form");
    var button = form && form.querySelector('button[name="verdict"][value="' + verdict + '"]');
    if (!button) return;
    var note = form.querySelector('textarea[name="note"]');
    if (button.hasAttribute("data-needs-note") && note && !note.value.trim()) {
      arm(form, button, note);
      return;
    }
    button.click();
  }

  // A verdict that needs a note waits, armed, while the editor types it: the card shows
  // which one, Ctrl+Enter in the note saves it and Escape lets it go.
  function arm(form, button, note) {
    disarm(form);
    var label = button.textContent.replace(/\s+\S$/, "");
    form.dataset.pending = button.value;
    button.classList.add("armed");
    button.setAttribute("aria-pressed", "true");
    if (!form.dataset.placeholder) form.dataset.placeholder = note.placeholder;
    note.placeholder = "Why is it " + label.toLowerCase() + "?";
    var status = form.querySelector(".armed-status");
    if (status) {
      status.textContent = label + " is waiting for its note: Ctrl+Enter saves it, Esc cancels.";
      status.hidden = false;
    }
    note.focus();
  }

  function disarm(form) {
    if (!form || !form.dataset.pending) return;
    delete form.dataset.pending;
    form.querySelectorAll("button.armed").forEach(function (button) {
      button.classList.remove("armed");
      button.removeAttribute("aria-pressed");
    });
    var note = form.querySelector('textarea[name="note"]');
    if (note && form.dataset.placeholder) note.placeholder = form.dataset.placeholder;
    var status = form.querySelector(".armed-status");
    if (status) status.hidden = true;
  }

  document.addEventListener("click", function (event) {
    var mark = event.target.closest("mark[data-claim]");
    if (mark) {
      withCard(mark.dataset.claim, function (found) { select(found, { scrollCard: true }); });
      return;
    }
    var card = event.target.closest(".claim-list .claim-card");
    if (card && card.dataset.claim !== selectedId) {
      var onControl = event.target.closest("button, input, textarea, select, summary, label");
      select(card, { scrollText: !onControl });
    }
    var toText = event.target.closest(".claim-list .to-text");
    if (toText) {
      event.preventDefault();
      select(toText.closest(".claim-card"), { scrollText: true });
    }
  });

  document.addEventListener("change", function (event) {
    if (!event.target.matches("[data-select-all]")) return;
    var checked = event.target.checked;
    event.target.closest("form").querySelectorAll('input[name="claim"]').forEach(function (box) {
      box.checked = checked;
    });
  });

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && target.matches(".verdict-form textarea")) {
      var pending = target.form.dataset.pending;
      var button = pending && target.form.querySelector('button[name="verdict"][value="' + pending + '"]');
      if (button) {
        event.preventDefault();
        button.click();
      }
      return;
    }
    if (event.key === "Escape" && target.matches(".verdict-form textarea")) {
      // Out of the note, back to the card, where j, k and the verdict keys work again.
      event.preventDefault();
      disarm(target.form);
      var owner = target.closest(".claim-card");
      if (owner) owner.focus({ preventScroll: true });
      else target.blur();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (target.closest("input, textarea, select, [contenteditable]")) return;
    if (event.key === "?") {
      var help = document.getElementById("keys-help");
      if (help) help.open = !help.open;
    } else if (event.key === "j") {
      move(1);
    } else if (event.key === "k") {
      move(-1);
    } else if (VERDICT_KEYS[event.key]) {
      giveVerdict(VERDICT_KEYS[event.key]);
    } else {
      return;
    }
    event.preventDefault();
  });

  // A card swapped in after a save keeps the selection and recolours its spans.
  document.addEventListener("htmx:load", function (event) {
    var card = event.detail.elt;
    if (!card.classList || !card.classList.contains("claim-card")) return;
    marksFor(card.dataset.claim).forEach(function (mark) {
      if (mark.dataset.claim === card.dataset.claim) {
        mark.className = mark.className.replace(/\bv-\S+/, "v-" + card.dataset.verdict);
      }
    });
    if (card.dataset.claim !== selectedId) return;
    // A verdict key pressed as the card came in may have put the editor in its note.
    select(card, { focus: !card.querySelector("[autofocus]") && !card.contains(document.activeElement) });
    // Only now that htmx has wired up the full card's forms (see wired).
    if (queuedVerdict && queuedVerdict.id === card.dataset.claim && !card.hasAttribute("data-compact")) {
      var verdict = queuedVerdict.verdict;
      queuedVerdict = null;
      giveVerdict(verdict);
    }
  });

  // A link to a claim selects its card, on arrival and when followed on the open page.
  function selectFromHash() {
    var match = /^#(?:claim|span)-(\d+)$/.exec(window.location.hash);
    if (match) withCard(match[1], function (card) { select(card, { scrollText: true, scrollCard: true }); });
  }
  document.addEventListener("DOMContentLoaded", selectFromHash);
  window.addEventListener("hashchange", selectFromHash);
})();
