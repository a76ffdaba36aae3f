package pagehtml

import (
	"strings"
	"testing"

	"cpportal/domain"
	"cpportal/internal/testkit"
)

// Every value from the data goes through Text or an attribute value of Open, and neither lets
// it become markup or a Hugo shortcode.
func TestWriterEscapesTextAndAttributes(t *testing.T) {
	var w Writer
	w.Open("a", "href", testkit.HostileMarkup, "title", "{{< x >}}").Text(testkit.HostileMarkup + "{{% y %}}").Close("a")
	w.Elem("td", `"'<>&`, "class", `a"b`)
	got := w.String()
	for _, bad := range []string{"<script", "<img", "{{<", "{{%", `"'>`, `a"b`} {
		if strings.Contains(got, bad) {
			t.Errorf("%q is not escaped in %s", bad, got)
		}
	}
	if want := `<td class="a&#34;b">&#34;&#39;&lt;&gt;&amp;</td>`; !strings.HasSuffix(got, want) {
		t.Errorf("got %s, want it to end with %s", got, want)
	}
}

func TestDateWritesATimeElementOrADash(t *testing.T) {
	var w Writer
	w.Date(domain.MustDate("2010-05-14")).Raw(" ").Date(domain.Date{})
	if got, want := w.String(), `<time datetime="2010-05-14">2010-05-14</time> —`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
