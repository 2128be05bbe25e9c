using System.Collections.ObjectModel;
using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;

namespace GraphBuilder.Tests.Browser;

/// <summary>What the tests ask the page: Cytoscape through the viewer's window.__graphbuilder hook, the panel, real clicks.</summary>
public static class ViewerScripts
{
    public static IReadOnlyList<string> Ids(this ChromiumSession s, string selector) =>
        ((ReadOnlyCollection<object>)s.Script($"return window.__graphbuilder.cy.elements('{selector}').map(e => e.id());")!)
        .Select(o => (string)o).ToList();

    /// <summary>The ids Cytoscape draws (":visible") once they equal the expected ones, or after a few seconds whatever they are.</summary>
    public static IReadOnlyList<string> VisibleIds(this ChromiumSession s, string group, IEnumerable<string> expected)
    {
        var want = expected.Order(StringComparer.Ordinal).ToList();
        s.Eventually(() => s.Ids(group + ":visible").Order(StringComparer.Ordinal).SequenceEqual(want));
        return s.Ids(group + ":visible");
    }

    public static string DetailsText(this ChromiumSession s) =>
        (string)s.Script("return document.getElementById('details').textContent;")!;

    public static string Data(this ChromiumSession s, string id, string field) =>
        Convert.ToString(s.Script("return window.__graphbuilder.cy.getElementById(arguments[0]).data(arguments[1]);", id, field))!;

    public static string Style(this ChromiumSession s, string id, string property) =>
        (string)s.Script("return window.__graphbuilder.cy.getElementById(arguments[0]).style(arguments[1]);", id, property)!;

    /// <summary>Zooms on an element so it is easy to hit, then clicks it with the mouse; for an edge, on its midpoint.</summary>
    public static void ClickElement(this ChromiumSession s, string id)
    {
        var point = (ReadOnlyCollection<object>)s.Script("""
            const cy = window.__graphbuilder.cy, e = cy.getElementById(arguments[0]);
            cy.zoom(1.5); cy.center(e);
            const p = e.isNode() ? e.renderedPosition() : e.renderedMidpoint();
            const box = cy.container().getBoundingClientRect();
            return [box.left + p.x, box.top + p.y];
            """, id)!;
        new Actions(s.Driver).MoveToLocation(ToInt(point[0]), ToInt(point[1])).Click().Perform();
    }

    public static void Click(this ChromiumSession s, By by) => s.Driver.FindElement(by).Click();

    /// <summary>Sets an input's value as a user would leave it, firing the change event the viewer listens to.</summary>
    public static void SetValue(this ChromiumSession s, string inputId, string value) =>
        s.Script("const i = document.getElementById(arguments[0]); i.value = arguments[1]; i.dispatchEvent(new Event('change'));",
            inputId, value);

    private static int ToInt(object value) => (int)Math.Round(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
}
