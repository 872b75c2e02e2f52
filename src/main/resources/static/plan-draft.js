// The draft page: the text selected in the document is added, one passage per line, to the goals to add.
(function () {
  var button = document.getElementById('add-selection');
  var added = document.getElementById('added');
  var text = document.getElementById('draft-text');
  if (!button || !added || !text) {
    return;
  }
  button.addEventListener('click', function () {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || !text.contains(selection.anchorNode)) {
      return;
    }
    var passage = selection.toString().trim();
    if (passage) {
      added.value = (added.value ? added.value + '\n' : '') + passage;
    }
  });
}());
