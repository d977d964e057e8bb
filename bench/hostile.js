// bench/hostile.html: 100 000 unknown ids in every widget's settings, set before the widget code loads.
// With ?clean the same page loads without them, for comparison.
(function () {
  if (location.search === '?clean') return;
  var ids = [];
  for (var i = 0; i < 100000; i++) ids.push('nope-' + i);
  var list = ids.join(' ');
  document.querySelector('loc-screener').setAttribute('levels-offered', list);
  document.querySelector('iop-compare').setAttribute('levels', list);
  var s = document.createElement('script');
  s.type = 'application/json';
  s.textContent = JSON.stringify({ version: 1, hide: ids, meets: ids });
  document.querySelector('program-checklist').append(s);
})();
