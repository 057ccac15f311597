// Registers the Fluent UI Web Components the tab uses, and only those (each `define.js` is a side effect).
// Imported once, by main.ts, before any view renders; the elements upgrade in place when defined.
import '@fluentui/web-components/anchor-button.js';
import '@fluentui/web-components/badge.js';
import '@fluentui/web-components/button.js';
import '@fluentui/web-components/checkbox.js';
import '@fluentui/web-components/dialog.js';
import '@fluentui/web-components/dialog-body.js';
import '@fluentui/web-components/dropdown.js';
import '@fluentui/web-components/field.js';
import '@fluentui/web-components/listbox.js';
import '@fluentui/web-components/message-bar.js';
import '@fluentui/web-components/option.js';
import '@fluentui/web-components/text-input.js';
import '@fluentui/web-components/textarea.js';
