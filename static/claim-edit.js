// Corrections on the review page: the words selected in the article text become the
// span of a claim being corrected, split or added; `a` adds a claim, `e` corrects the
// selected one. Loaded by the review page only; works with review.js, never instead.
(function () {
  "use strict";

  var SPAN_FORMS = ".correction-form, .split-form, .add-claim-form";
  var pendingEdit = null;

  function articleText() {
    return document.getElementById("article-text");
  }

  // The selection as character offsets in the article text, without the spaces at
  // its ends; null when nothing in the article text is selected.
  function selectedSpan() {
    var text = articleText();
    var selection = window.getSelection();
    if (!text || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    var range = selection.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) return null;
    var before = document.createRange();
    before.setStart(text, 0);
    before.setEnd(range.startContainer, range.startOffset);
    var start = before.toString().length;
    var words = range.toString();
    var end = start + words.length;
    start += words.length - words.replace(/^\s+/, "").length;
    end -= words.length - words.replace(/\s+$/, "").length;
    return end > start ? { start: start, end: end } : null;
  }

  function fill(form, span) {
    var start = form.querySelector('[data-span="start"]');
    var end = form.querySelector('[data-span="end"]');
    if (start) start.value = span.start;
    if (end) end.value = span.end;
  }

  function openForms() {
    return Array.prototype.slice.call(document.querySelectorAll(SPAN_FORMS));
  }

  // Selecting words with the mouse or the keyboard fills every open span form.
  function takeSelection() {
    var span = selectedSpan();
    if (!span) return;
    openForms().forEach(function (form) { fill(form, span); });
  }

  function addClaim() {
    var link = document.querySelector("[data-add-claim]");
    if (!link || !window.htmx) return false;
    var span = selectedSpan();
    var url = link.dataset.addClaim + (span ? "?start=" + span.start + "&end=" + span.end : "");
    htmx.ajax("GET", url, { target: "#claim-add", swap: "outerHTML" }).then(function () {
      // The words are chosen already: the editor goes on with what kind of claim it is.
      var kind = document.querySelector('#claim-add select[name="kind"]');
      if (kind) kind.focus();
    });
    return true;
  }

  // Asked of htmx directly: a card that has just come in may not have its links wired
  // yet, and a click then would leave the review page for the form's own page.
  function openInCard(card, link) {
    htmx.ajax("GET", link.getAttribute("href"), { source: card, target: card, swap: "outerHTML" });
  }

  function editSelected() {
    var card = document.querySelector(".claim-list .claim-card.selected");
    if (!card || !window.htmx) return false;
    var link = card.querySelector('a[data-key="e"]');
    if (link) {
      openInCard(card, link);
    } else {
      // Still compact: correct it once the full card is in.
      pendingEdit = card.dataset.claim;
    }
    return true;
  }

  document.addEventListener("mouseup", function (event) {
    if (articleText() && articleText().contains(event.target)) takeSelection();
  });
  document.addEventListener("keyup", function (event) {
    if (event.shiftKey && articleText() && articleText().contains(document.getSelection().anchorNode)) {
      takeSelection();
    }
  });

  document.addEventListener("click", function (event) {
    var take = event.target.closest("[data-take-selection]");
    if (take) {
      var span = selectedSpan();
      if (span) fill(take.closest("form"), span);
      return;
    }
    if (event.target.closest("[data-add-claim]") && addClaim()) {
      event.preventDefault();
      return;
    }
    var close = event.target.closest("[data-close-add]");
    if (close && document.querySelector(".review")) {
      event.preventDefault();
      var form = document.getElementById("claim-add");
      form.replaceWith(Object.assign(document.createElement("div"), { id: "claim-add" }));
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest("input, textarea, select, [contenteditable]")) return;
    var handled = false;
    if (event.key === "a") handled = addClaim();
    else if (event.key === "e") handled = editSelected();
    if (handled) event.preventDefault();
  });

  document.addEventListener("htmx:load", function (event) {
    var card = event.detail.elt;
    if (!pendingEdit || !card.classList || card.dataset.claim !== pendingEdit) return;
    var link = card.querySelector('a[data-key="e"]');
    if (link) {
      pendingEdit = null;
      openInCard(card, link);
    }
  });

  // After a change that redrew the claim list, select the claim it was about.
  // Through its span: review.js selects the claim of a clicked span even when it was
  // selected before the list was redrawn, which a click on the card would not.
  document.addEventListener("claims:focus", function (event) {
    var id = event.detail.claim;
    var target = document.querySelector('mark[data-claim="' + id + '"]') || document.getElementById("claim-" + id);
    if (target) target.click();
  });
})();
