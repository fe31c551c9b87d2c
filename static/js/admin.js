/* The project's additions to every admin page (loaded by templates/admin/base_site.html at the
 * end of the body: after jQuery, jQuery UI and the widgets' scripts, before the page is ready).
 * No inline scripts anywhere: the CSP forbids them. The page works without this file; it
 * names what Django, Select2 and the translation tabs leave unnamed for screen readers. */
(function () {
  "use strict";

  var strings = (document.getElementById("admin-ui-strings") || {dataset: {}}).dataset;
  var namesElement = document.getElementById("admin-language-names");
  var languageNames = namesElement ? JSON.parse(namesElement.textContent) : {};

  /* The browser's time zone, for accounts.middleware.StaffTimeZoneMiddleware: the admin then
   * shows dates in it, and "Today" in a date field is the coordinator's today. */
  function rememberTimeZone() {
    var zone;
    try {
      zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch (error) {
      return;
    }
    // IANA names ("America/New_York") need no escaping in a cookie; anything else is skipped.
    if (!zone || !/^[A-Za-z0-9_+\-\/]+$/.test(zone)) {
      return;
    }
    document.cookie = "admin_time_zone=" + zone +
      "; path=/; max-age=31536000; SameSite=Lax" +
      (location.protocol === "https:" ? "; Secure" : "");
  }

  /* The change form states its time zone once at the top (templates/admin/change_form.html):
   * no "You are 1 hour behind server time" under every date field. Dates have no time of day,
   * and events' times are in the event's own zone, so the warning misled there anyway. */
  if (window.DateTimeShortcuts) {
    window.DateTimeShortcuts.addTimezoneWarning = function () {};
  }

  function languageName(code) {
    return languageNames[code] || code;
  }

  function fieldLanguage(element) {
    // modeltranslation marks each version with a class "mt-field-<field>-<language>".
    var match = (element.className || "").match(/(?:^|\s)mt-field-\S+-([a-z_]+)(?:\s|$)/);
    return match ? match[1].replace("_", "-") : null;
  }

  function labelFor(element) {
    return element.id ? document.querySelector('label[for="' + CSS.escape(element.id) + '"]')
      : null;
  }

  function text(element) {
    return element ? element.textContent.replace(/\s+/g, " ").replace(/[\s:]+$/, "").trim()
      : "";
  }

  /* "Case summary" becomes "Case summary (Русский)" in each version's label. */
  function nameTranslationFields(root) {
    root.querySelectorAll(".mt").forEach(function (field) {
      var code = fieldLanguage(field);
      var label = labelFor(field);
      if (!code || !label || label.querySelector(".mt-language")) {
        return;
      }
      // Without the tabs script the label still ends in " [ru]": the full name replaces it.
      label.childNodes.forEach(function (node) {
        if (node.nodeType === Node.TEXT_NODE) {
          node.textContent = node.textContent.replace(/ \[[a-z_-]+\]/, "");
        }
      });
      var suffix = document.createElement("span");
      suffix.className = "mt-language";
      suffix.lang = code;
      suffix.textContent = " (" + languageName(code) + ")";
      // Before the colon Django may add after the label text.
      var last = label.lastChild;
      if (last && last.nodeType === Node.TEXT_NODE && /:\s*$/.test(last.textContent)) {
        last.textContent = last.textContent.replace(/:\s*$/, "");
        label.appendChild(suffix);
        label.appendChild(document.createTextNode(":"));
      } else {
        label.appendChild(suffix);
      }
    });
  }

  /* Tabular inlines have column headings, not labels: each field is named after its heading. */
  function nameTabularFields(root) {
    root.querySelectorAll(".tabular table").forEach(function (table) {
      table.querySelectorAll("td input, td select, td textarea").forEach(function (field) {
        if (field.type === "hidden" || field.hasAttribute("aria-label") || text(labelFor(field))) {
          return;
        }
        var cell = field.closest("td");
        var heading = null;
        if (cell.classList.contains("delete")) {
          heading = table.querySelector("thead th:last-child");
        } else {
          var column = Array.prototype.find.call(cell.classList, function (name) {
            return name.indexOf("field-") === 0;
          });
          heading = column && table.querySelector("thead th.column-" + column.slice(6));
        }
        var name = text(heading).replace(/ \[.+\]$/, "");
        var code = fieldLanguage(field);
        if (name) {
          field.setAttribute("aria-label", code ? name + " (" + languageName(code) + ")" : name);
        }
      });
    });
  }

  /* Date and time inputs of a date-and-time field ("Starts: Date [ ] Time [ ]"). */
  function nameSplitDateTimes(root) {
    root.querySelectorAll("p.datetime").forEach(function (paragraph) {
      var row = paragraph.closest(".form-row, .fieldBox, td");
      var fieldLabel = text(row && row.querySelector("label"));
      var inputs = paragraph.querySelectorAll("input.vDateField, input.vTimeField");
      inputs.forEach(function (input) {
        if (input.hasAttribute("aria-label")) {
          return;
        }
        var part = input.classList.contains("vDateField") ? strings.date : strings.time;
        input.setAttribute("aria-label", fieldLabel ? fieldLabel + " – " + part : part);
      });
    });
  }

  /* Select2 (the admin's autocomplete) shows a combobox in place of the select, named by its
   * current choice only, and a search field without a name. Both take the select's name. */
  function nameAutocompletes(root) {
    root.querySelectorAll("select.admin-autocomplete").forEach(function (select) {
      var container = select.nextElementSibling;
      if (!container || !container.classList.contains("select2")) {
        return;
      }
      var name = select.getAttribute("aria-label") || text(labelFor(select));
      if (!name) {
        return;
      }
      container.querySelectorAll('[role="combobox"], .select2-search__field')
        .forEach(function (control) {
          control.removeAttribute("aria-labelledby");
          control.setAttribute("aria-label", name);
        });
      container.querySelectorAll(".select2-selection__rendered[role]").forEach(function (shown) {
        shown.setAttribute("aria-label", name);
      });
    });
  }

  function nameEverything(root) {
    nameTranslationFields(root);
    nameTabularFields(root);
    nameSplitDateTimes(root);
    nameAutocompletes(root);
  }

  var $ = window.django && window.django.jQuery;
  if ($ && $.ui && $.ui.tabs) {
    /* The translation tabs (jQuery UI, built by modeltranslation) put a link inside each
     * role="tab" item: a focusable control inside another, which screen readers announce
     * badly. The link loses its href once the panels are found (it is kept in data-href);
     * the tab items stay focusable and keep jQuery UI's arrow, Home and End keys. Each tab
     * says its language in full ("Русский"), not a code. */
    $.widget("ui.tabs", $.ui.tabs, {
      _processTabs: function () {
        this.element.find("a[data-href]").each(function () {
          this.setAttribute("href", this.getAttribute("data-href"));
        });
        this._super();
        this.anchors.each(function () {
          var code = this.textContent.trim();
          if (languageNames[code]) {
            this.textContent = languageNames[code];
            this.lang = code;
            this.removeAttribute("title");
          }
          this.setAttribute("data-href", this.getAttribute("href"));
          this.removeAttribute("href");
        });
      },
      _isLocal: function (anchor) {
        return anchor.hasAttribute("data-href") || this._super(anchor);
      }
    });
  }

  /* Select2 puts the "clear all" button of a multiple choice inside its list of choices
   * (a <ul> may hold only items). Each choice has its own remove button, so multiple
   * choices go without it; this runs before Select2 is set up, when the page is ready. */
  document.querySelectorAll("select.admin-autocomplete[multiple]").forEach(function (select) {
    select.setAttribute("data-allow-clear", "false");
  });

  function whenReady(callback) {
    if ($) {
      $(callback);  // after the ready handlers registered before (modeltranslation's tabs)
    } else if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", callback);
    } else {
      callback();
    }
  }

  whenReady(function () {
    var mainSwitch = document.getElementById("modeltranslation-main-switch");
    if (mainSwitch) {
      mainSwitch.setAttribute("aria-label", strings.languageSwitch || "");
      Array.prototype.forEach.call(mainSwitch.options, function (option) {
        option.lang = option.textContent.trim();
        option.textContent = languageName(option.lang);
      });
    }
    nameEverything(document);
  });
  // Select2 is set up when the page is ready; name its controls once that has happened.
  window.addEventListener("load", function () {
    nameEverything(document);
  });
  // A new inline form: its widgets are set up by handlers of the same event, run first.
  document.addEventListener("formset:added", function (event) {
    window.setTimeout(function () {
      nameEverything(event.target);
    }, 0);
  });

  rememberTimeZone();
})();
