// Claim cards: "a" accepts the verdict a repeated claim offers the selected card.
(function () {
  "use strict";

  // A card still compact when the key was pressed: accepted once its full version is in,
  // so the expansion cannot land after the accepted card and show it pending again.
  var waiting = null;

  function accept(card) {
    var button = card.querySelector(".repeat-accept button");
    if (button) button.click();
  }

  document.addEventListener("keydown", function (event) {
    if (event.key !== "a" || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest("input, textarea, select, [contenteditable]")) return;
    var card = document.querySelector(".claim-card.selected");
    if (!card || !card.querySelector(".repeat-accept")) return;
    event.preventDefault();
    if (card.hasAttribute("data-compact")) {
      waiting = card.dataset.claim;
    } else {
      accept(card);
    }
  });

  document.addEventListener("htmx:load", function (event) {
    var card = event.detail.elt;
    if (!waiting || !card.classList || !card.classList.contains("claim-card")) return;
    if (card.dataset.claim !== waiting || card.hasAttribute("data-compact")) return;
    waiting = null;
    accept(card);
  });
})();
