/*
 * Small behaviours of the platform's pages. The Content-Security-Policy runs no inline script that PrimeFaces did
 * not render with the page's nonce, so a page asks for a behaviour with data- attributes, which cmmm.start reads
 * when the page has loaded and after every ajax update (handlers of PrimeFaces components, onclick, oncomplete …,
 * PrimeFaces moves into nonce'd scripts itself).
 */
var cmmm = cmmm || {};

/** Disables a button for some seconds and shows them counting down (e.g. before an SMS code may be resent). */
cmmm.countdown = function (buttonId, seconds) {
    var button = document.getElementById(buttonId);
    if (!button) {
        return;
    }
    var label = button.querySelector('.ui-button-text') || button;
    var original = label.textContent;
    var left = seconds;
    button.disabled = true;
    button.classList.add('ui-state-disabled');
    var tick = function () {
        if (left <= 0) {
            button.disabled = false;
            button.classList.remove('ui-state-disabled');
            label.textContent = original;
            return;
        }
        label.textContent = original + ' (' + left + 's)';
        left -= 1;
        setTimeout(tick, 1000);
    };
    tick();
};

/** Counts seconds down in an element, then goes to a URL (e.g. the next level, 3 s after one is reached). */
cmmm.countdownTo = function (elementId, seconds, url) {
    var left = seconds;
    var tick = function () {
        var element = document.getElementById(elementId);
        if (element) {
            element.textContent = left;
        }
        if (left <= 0) {
            window.location.href = url;
            return;
        }
        left -= 1;
        setTimeout(tick, 1000);
    };
    tick();
};

/** Scrolls to a question of the answering page and puts the keyboard on its chosen (or first) option. */
cmmm.focusQuestion = function (questionId) {
    var question = document.querySelector('li.question[data-question="' + questionId + '"]');
    if (!question) {
        return;
    }
    question.scrollIntoView({block: 'center'});
    var input = question.querySelector('input[type=radio]:checked') || question.querySelector('input[type=radio]:not([disabled])');
    if (input) {
        input.focus({preventScroll: true});
    }
    question.classList.add('focused');
    setTimeout(function () { question.classList.remove('focused'); }, 1500);
};

/**
 * After an answer is saved: writes each tree item's progress from the response's treeCounts ({"code":[answered,
 * total]}) — "3/10" on a group or sub-domain, answered or not on a question (labels from the tree's data-answered and
 * data-unanswered) — and marks the items that are done.
 */
cmmm.redrawTreeCounts = function (args) {
    var tree = document.querySelector('ul.tree');
    if (!tree || !args || !args.treeCounts) {
        return;
    }
    var counts = JSON.parse(args.treeCounts);
    tree.querySelectorAll('a[data-node]').forEach(function (link) {
        var count = counts[link.getAttribute('data-node')];
        var label = link.querySelector('.count');
        if (!count || !label) {
            return;
        }
        var done = count[0] === count[1];
        var item = link.closest('li');
        label.textContent = item.classList.contains('tree-question')
            ? tree.getAttribute(done ? 'data-answered' : 'data-unanswered') : count[0] + '/' + count[1];
        item.classList.toggle('done', done);
    });
};

/**
 * Starts what the markup asks for, once per element (an ajax update brings new elements):
 * a link with data-follow-in="3" is followed after so many seconds, counted down in the element whose id is in
 * data-countdown; an element with data-focus-question="…" puts the keyboard on that question.
 */
cmmm.start = function () {
    document.querySelectorAll('a[data-follow-in]:not([data-started])').forEach(function (link) {
        link.setAttribute('data-started', 'true');
        cmmm.countdownTo(link.getAttribute('data-countdown'), Number(link.getAttribute('data-follow-in')), link.href);
    });
    document.querySelectorAll('[data-focus-question]:not([data-started])').forEach(function (element) {
        element.setAttribute('data-started', 'true');
        var question = element.getAttribute('data-focus-question');
        if (question) {
            cmmm.focusQuestion(question);
        }
    });
};

document.addEventListener('DOMContentLoaded', function () {
    cmmm.start();
    // jQuery and PrimeFaces have loaded by now, whatever the order of the scripts in the head
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', cmmm.start);
    }
});

/*
 * A page marked data-fresh-on-back (the answering page) is loaded anew when the browser's Back restores it from its
 * memory: the level it showed may have been submitted since, and a stale level must not be offered for answering.
 */
window.addEventListener('pageshow', function (event) {
    if (event.persisted && document.querySelector('[data-fresh-on-back]')) {
        window.location.reload();
    }
});
