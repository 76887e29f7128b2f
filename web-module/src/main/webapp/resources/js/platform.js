/* Small behaviours of the platform's pages. */
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
