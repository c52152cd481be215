// Sends the deep-linking answer back to the platform at once; without JavaScript the button does it.
document.getElementById('lti-return').submit();
