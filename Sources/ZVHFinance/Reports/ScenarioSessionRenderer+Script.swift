extension ScenarioSessionRenderer {
    /// The page's script: reads the figures, checks its notation against the library's
    /// examples, wires the controls, and on every change shows the chosen combination's
    /// figures and writes the state into the URL fragment. It computes no amount: it
    /// picks a record by the controls' positions and writes cents in Dutch notation by
    /// moving digits (the only arithmetic is on positions: the record's number and the
    /// chart's coordinates).
    static let script = #"""

        (function () {
          "use strict";
          var data = JSON.parse(document.getElementById("gegevens").textContent);
          var members = data.gemeenten, axes = data.assen, years = data.jaren;

          // Cents in Dutch notation, as Money.dutch(): 1.402.290, -13,50, 0,05.
          function amount(cents) {
            if (cents === null || cents === undefined) { return "\u2013"; }
            var digits = String(cents), negative = digits.charAt(0) === "-";
            if (negative) { digits = digits.slice(1); }
            while (digits.length < 3) { digits = "0" + digits; }
            var whole = digits.slice(0, -2), fraction = digits.slice(-2), grouped = "";
            while (whole.length > 3) { grouped = "." + whole.slice(-3) + grouped; whole = whole.slice(0, -3); }
            grouped = whole + grouped;
            if (fraction !== "00") { grouped += "," + fraction; }
            return (negative ? "-" : "") + grouped;
          }
          // Tenths of a percent as Ratio.percentText(decimals: 1): 6,4%, -100,0%.
          function percent(tenths) {
            if (tenths === null || tenths === undefined) { return "\u2013"; }
            var digits = String(tenths), negative = digits.charAt(0) === "-";
            if (negative) { digits = digits.slice(1); }
            while (digits.length < 2) { digits = "0" + digits; }
            return (negative ? "-" : "") + digits.slice(0, -1) + "," + digits.slice(-1) + "%";
          }

          var alert = document.getElementById("melding");
          var wrong = data.opmaak.bedragen.filter(function (p) { return amount(p[0]) !== p[1]; })
            .concat(data.opmaak.procenten.filter(function (p) { return percent(p[0]) !== p[1]; }));
          if (wrong.length > 0) {
            alert.textContent = "Deze browser schrijft bedragen anders dan zvh (" + wrong[0][1] + "); de pagina toont daarom geen keuzes. Open het bestand in een andere browser.";
            alert.hidden = false;
            document.getElementById("keuzes").hidden = true;
            document.getElementById("uitkomst").hidden = true;
            var projectionSection = document.getElementById("raming");
            if (projectionSection) { projectionSection.hidden = true; }
            return;
          }

          var controls = axes.map(function (axis, i) { return document.getElementById("as-" + i); });
          var picker = document.getElementById("gemeente");
          var rows = document.querySelectorAll("#bijdragen tbody tr");

          function positions() {
            return controls.map(function (control) { return control.type === "checkbox" ? (control.checked ? 1 : 0) : Number(control.value); });
          }
          function recordNumber(at) {
            var number = 0;
            for (var i = 0; i < axes.length; i++) { number = number * axes[i].punten.length + at[i]; }
            return number;
          }
          function setText(row, field, text) {
            var cell = row.querySelector('[data-veld="' + field + '"]');
            if (cell) { cell.textContent = text; }
          }

          function drawChart(basis, chosen) {
            var box = document.getElementById("grafiek");
            if (!box) { return; }
            var values = basis.concat(chosen).filter(function (v) { return v !== null; }).map(Number);
            var low = Math.min.apply(null, values.concat([0])), high = Math.max.apply(null, values.concat([0]));
            if (high === low) { high = low + 1; }
            var width = 640, height = 210, left = 96, right = 20, top = 14, bottom = 30;
            function x(i) { return years.length < 2 ? left : left + i * (width - left - right) / (years.length - 1); }
            function y(v) { return top + (high - Number(v)) * (height - top - bottom) / (high - low); }
            function line(series, dashed, marker) {
              var points = [], marks = "";
              series.forEach(function (v, i) {
                if (v === null) { return; }
                points.push(x(i).toFixed(1) + "," + y(v).toFixed(1));
                marks += marker === "vierkant"
                  ? '<rect x="' + (x(i) - 3.5).toFixed(1) + '" y="' + (y(v) - 3.5).toFixed(1) + '" width="7" height="7" fill="#fff" stroke="#000"/>'
                  : '<circle cx="' + x(i).toFixed(1) + '" cy="' + y(v).toFixed(1) + '" r="3.5" fill="#000"/>';
              });
              return '<polyline fill="none" stroke="' + (dashed ? "#666" : "#000") + '" stroke-width="2"' + (dashed ? ' stroke-dasharray="6 4"' : "") + ' points="' + points.join(" ") + '"/>' + marks;
            }
            var svg = '<svg viewBox="0 0 ' + width + " " + height + '" width="100%" aria-hidden="true">';
            svg += '<line x1="' + left + '" y1="' + y(0).toFixed(1) + '" x2="' + (width - right) + '" y2="' + y(0).toFixed(1) + '" stroke="#999" stroke-width="1"/>';
            svg += '<text x="' + (left - 6) + '" y="' + (top + 4) + '" text-anchor="end" class="as-tekst" data-waarde="hoog"></text>';
            svg += '<text x="' + (left - 6) + '" y="' + (y(0) + 4).toFixed(1) + '" text-anchor="end" class="as-tekst">0</text>';
            years.forEach(function (year, i) { svg += '<text x="' + x(i).toFixed(1) + '" y="' + (height - 8) + '" text-anchor="middle" class="as-tekst">' + year + "</text>"; });
            svg += line(basis, true, "vierkant") + line(chosen, false, "rond") + "</svg>";
            box.innerHTML = svg;
            var highest = basis.concat(chosen).filter(function (v) { return v !== null; }).reduce(function (a, b) { return Number(b) > Number(a) ? b : a; }, 0);
            box.querySelector('[data-waarde="hoog"]').textContent = amount(highest);
          }

          function show() {
            var at = positions(), basis = data.basis, chosen = data.punten[recordNumber(at)] || basis;
            var member = picker.value === "" ? null : Number(picker.value);
            controls.forEach(function (control, i) {
              if (control.type === "range") {
                var label = axes[i].punten[at[i]];
                control.setAttribute("aria-valuetext", label);
                document.getElementById("as-" + i + "-waarde").textContent = label;
              }
            });
            document.getElementById("keuze").textContent = axes.length === 0 ? "Gekozen: de basis (er is niets te kiezen)."
              : "Gekozen: " + axes.map(function (axis, i) { return axis.label + ": " + axis.punten[at[i]]; }).join("; ") + ".";
            Array.prototype.forEach.call(rows, function (row) {
              var key = row.getAttribute("data-gemeente");
              if (key === "afronding") {
                setText(row, "basis", amount(basis[4][5]));
                setText(row, "gekozen", amount(chosen[4][5]));
                setText(row, "verschil", amount(chosen[4][6]));
                return;
              }
              if (key === "totaal") {
                setText(row, "basis", amount(basis[4][0]));
                setText(row, "gekozen", amount(chosen[4][0]));
                setText(row, "verschil", amount(chosen[4][1]));
                setText(row, "procent", percent(chosen[4][2]));
                return;
              }
              var m = Number(key);
              setText(row, "basis", amount(basis[0][m]));
              setText(row, "gekozen", amount(chosen[0][m]));
              setText(row, "verschil", amount(chosen[1][m]));
              setText(row, "procent", percent(chosen[2][m]));
              setText(row, "per-inwoner", amount(chosen[3][m]));
              row.className = m === member ? "gekozen-lid" : "";
              row.querySelector("th").setAttribute("aria-current", m === member ? "true" : "false");
            });
            document.getElementById("controle").textContent = "Controle (exact, in centen): som van de verschillen " + amount(chosen[4][3])
              + " = verschil in het totaal " + amount(chosen[4][1]) + " " + (chosen[4][4] === 1 ? "\u2713 klopt" : "\u2717 KLOPT NIET");
            document.getElementById("lid").textContent = member === null ? ""
              : members[member] + ": basis " + amount(basis[0][member]) + ", gekozen " + amount(chosen[0][member]) + ", verschil "
                + amount(chosen[1][member]) + " (" + percent(chosen[2][member]) + "), per inwoner " + amount(chosen[3][member]) + ".";
            if (years.length > 0) {
              var column = member === null ? 0 : member + 1;
              var basisYears = basis[5].map(function (year) { return year[column]; });
              var chosenYears = chosen[5].map(function (year) { return year[column]; });
              var subject = member === null ? "totaal van alle gemeenten" : members[member];
              document.getElementById("raming-onderwerp").textContent = "Meerjarenraming: " + subject;
              document.getElementById("grafiek-titel").textContent = "Meerjarenraming: " + subject + " per jaar (basis gestippeld met vierkantjes, gekozen doorgetrokken met bolletjes)";
              Array.prototype.forEach.call(document.querySelectorAll("#raming-tabel tbody tr"), function (row) {
                var i = Number(row.getAttribute("data-jaar"));
                setText(row, "basis", amount(basisYears[i]));
                setText(row, "gekozen", amount(chosenYears[i]));
              });
              drawChart(basisYears, chosenYears);
            }
            var state = at.map(function (p, i) { return "a" + i + "=" + p; });
            if (member !== null) { state.push("g=" + member); }
            var fragment = "#" + state.join("&");
            var link = document.getElementById("koppeling");
            link.setAttribute("href", fragment);
            link.textContent = fragment === "#" ? "#" : fragment;
            if (location.hash !== fragment && !(fragment === "#" && location.hash === "")) {
              try { history.replaceState(null, "", fragment); } catch (error) { location.hash = fragment; }
            }
          }

          function restore() {
            var parts = location.hash.replace(/^#/, "").split("&");
            controls.forEach(function (control) { if (control.type === "checkbox") { control.checked = false; } else { control.value = "0"; } });
            picker.value = "";
            parts.forEach(function (part) {
              var pair = part.split("="), key = pair[0], value = Number(pair[1]);
              if (pair.length !== 2 || !/^[0-9]+$/.test(pair[1])) { return; }
              var axis = /^a([0-9]+)$/.exec(key);
              if (axis && Number(axis[1]) < axes.length && value < axes[Number(axis[1])].punten.length) {
                var control = controls[Number(axis[1])];
                if (control.type === "checkbox") { control.checked = value === 1; } else { control.value = String(value); }
              } else if (key === "g" && value < members.length) {
                picker.value = String(value);
              }
            });
            show();
          }

          controls.forEach(function (control) {
            control.addEventListener("input", show);
            control.addEventListener("change", show);
          });
          picker.addEventListener("change", show);
          document.getElementById("naar-basis").addEventListener("click", function () {
            controls.forEach(function (control) { if (control.type === "checkbox") { control.checked = false; } else { control.value = "0"; } });
            picker.value = "";
            show();
          });
          document.getElementById("afdrukken").addEventListener("click", function () { window.print(); });
          window.addEventListener("hashchange", restore);
          restore();
          document.documentElement.setAttribute("data-klaar", "ja");
        }());

        """#
}
