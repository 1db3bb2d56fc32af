package rules

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/vnextract/vnextract/pipeline/fold"
)

// Error is a mistake in a rule file: where it is and what to do about it.
// Load returns one per mistake, joined.
type Error struct {
	File      string
	Line, Col int // 1-based; Col is 0 when the YAML parser gives no column
	Msg       string
}

func (e *Error) Error() string {
	if e.Col > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// types are the entity types a rule may report.
var types = []string{"rank", "person", "position", "organization", "location", "count", "date", "term", "law"}

// commonKeys are the keys every rule may have, whatever its kind; a kind
// adds its own (see kinds).
var commonKeys = []string{
	"id", "kind", "type", "priority", "value", "example", "counter",
	"not_before", "not_after", "not_after_name", "case", "keep_inner",
}

// fields is one rule's mapping as written, for the loader and a kind's
// compile function to read keys from with positions for errors.
type fields struct {
	file string
	node *yaml.Node
	keys map[string]*yaml.Node // key node by name
	vals map[string]*yaml.Node // value node by name
	errs []error
}

func (f *fields) errorf(n *yaml.Node, format string, args ...any) {
	f.errs = append(f.errs, &Error{File: f.file, Line: n.Line, Col: n.Column, Msg: fmt.Sprintf(format, args...)})
}

// str returns the scalar at key, or "" and false when the key is absent.
func (f *fields) str(key string) (string, bool) {
	n, ok := f.vals[key]
	if !ok {
		return "", false
	}
	if n.Kind != yaml.ScalarNode {
		f.errorf(n, "%s must be a single value, not a %s", key, kindName(n))
		return "", false
	}
	return n.Value, true
}

// regex compiles the scalar at key; wrap turns the pattern into the
// source actually compiled (anchoring it).
func (f *fields) regex(key string, wrap func(string) string) *regexp.Regexp {
	s, ok := f.str(key)
	if !ok {
		return nil
	}
	if err := checkPattern(s, key == "pattern"); err != nil {
		f.errorf(f.vals[key], "%s: %v", key, err)
		return nil
	}
	_, err := regexp.Compile(s) // to report errors on what was written
	if err != nil {
		f.errorf(f.vals[key], "%s is not a valid RE2 regular expression: %v", key, unwrapRegexpError(err))
		return nil
	}
	re, err := regexp.Compile(wrap(s))
	if err != nil {
		f.errorf(f.vals[key], "%s is not a valid RE2 regular expression: %v", key, unwrapRegexpError(err))
		return nil
	}
	return re
}

// strings returns the list of strings at key, each with its node.
func (f *fields) strings(key string) []*yaml.Node {
	n, ok := f.vals[key]
	if !ok {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		f.errorf(n, "%s must be a list of strings, like [\"...\", \"...\"]", key)
		return nil
	}
	var out []*yaml.Node
	for _, c := range n.Content {
		if c.Kind != yaml.ScalarNode {
			f.errorf(c, "%s must be a list of strings; this item is a %s", key, kindName(c))
			continue
		}
		out = append(out, c)
	}
	return out
}

func (f *fields) boolean(key string) bool {
	s, ok := f.str(key)
	if !ok {
		return false
	}
	b, err := strconv.ParseBool(s)
	if err != nil {
		f.errorf(f.vals[key], "%s must be true or false, not %q", key, s)
	}
	return b
}

// parseFile decodes one rule file. It returns the rules that compiled and
// an error for each mistake.
func parseFile(name string, data []byte) ([]*rule, []error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, []error{yamlError(name, err)}
	}
	f := &fields{file: name}
	if len(doc.Content) == 0 {
		return nil, []error{&Error{File: name, Line: 1, Msg: "file is empty; it must hold \"rules:\" followed by a list of rules"}}
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		f.errorf(root, "the file must be a mapping with one key, \"rules:\", holding a list of rules")
		return nil, f.errs
	}
	var list *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if k.Value != "rules" {
			f.errorf(k, "unknown key %q at the top of the file; the only key is \"rules\"", k.Value)
			continue
		}
		list = v
	}
	if list == nil {
		if len(f.errs) == 0 {
			f.errorf(root, "no \"rules:\" key; write \"rules:\" followed by a list of rules")
		}
		return nil, f.errs
	}
	if list.Kind != yaml.SequenceNode {
		f.errorf(list, "rules must be a list; start each rule with \"- id: ...\"")
		return nil, f.errs
	}
	var rs []*rule
	for _, n := range list.Content {
		rf := &fields{file: name, node: n}
		if r := compileRule(rf); r != nil && len(rf.errs) == 0 {
			rs = append(rs, r)
		}
		f.errs = append(f.errs, rf.errs...)
	}
	return rs, f.errs
}

// compileRule checks one rule's keys and compiles it. Errors go to f.errs.
func compileRule(f *fields) *rule {
	n := f.node
	if n.Kind != yaml.MappingNode {
		f.errorf(n, "each rule must be a mapping of keys (id, kind, type, ...), not a %s", kindName(n))
		return nil
	}
	f.keys, f.vals = map[string]*yaml.Node{}, map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if _, dup := f.keys[k.Value]; dup {
			f.errorf(k, "key %q appears twice in this rule", k.Value)
			continue
		}
		f.keys[k.Value], f.vals[k.Value] = k, v
	}
	r := &rule{file: f.file, line: n.Line, col: n.Column}
	r.source = fmt.Sprintf("%s:%d", f.file, n.Line)

	var ok bool
	if r.id, ok = f.str("id"); !ok || r.id == "" {
		f.errorf(n, "rule has no id; add \"id: type.name\", unique across all rule files")
	}
	kindName, _ := f.str("kind")
	k, known := kinds[kindName]
	switch {
	case kindName == "":
		f.errorf(n, "rule %s has no kind; add \"kind:\" with one of %s", quote(r.id), list(kindNames()))
	case !known:
		f.errorf(f.vals["kind"], "unknown kind %q; use one of %s", kindName, list(kindNames()))
	}
	for name, kn := range f.keys {
		if !slices.Contains(commonKeys, name) && (!known || !slices.Contains(k.keys, name)) {
			allowed := append(slices.Clone(commonKeys), k.keys...)
			f.errorf(kn, "unknown key %q in rule %s; known keys: %s", name, quote(r.id), strings.Join(allowed, ", "))
		}
	}
	if r.typ, ok = f.str("type"); !ok {
		f.errorf(n, "rule %s has no type; add \"type:\" with one of %s", quote(r.id), list(types))
	} else if !slices.Contains(types, r.typ) {
		f.errorf(f.vals["type"], "unknown type %q; use one of %s", r.typ, list(types))
	}
	if s, ok := f.str("priority"); ok {
		p, err := strconv.Atoi(s)
		if err != nil {
			f.errorf(f.vals["priority"], "priority must be a whole number, not %q", s)
		}
		r.priority = p
	}
	vp := values["none"]
	if s, ok := f.str("value"); ok {
		if vp, ok = values[s]; !ok {
			f.errorf(f.vals["value"], "unknown value parser %q; use one of %s", s, list(valueNames()))
		}
	}
	r.parse = vp.parse
	// not_before is matched backwards from the span start, anchored
	// there: reversing the pattern and the text keeps that one cheap
	// anchored attempt instead of a search through the window.
	r.notBefore = f.regex("not_before", reversePattern)
	r.notAfter = f.regex("not_after", func(s string) string { return "\\A(?:" + s + ")" })
	if r.notBefore != nil {
		r.notBeforeDFA = newDFA(r.notBefore)
	}
	if r.notAfter != nil {
		r.notAfterDFA = newDFA(r.notAfter)
	}
	r.before, r.after = contextLen(f, "not_before"), contextLen(f, "not_after")
	r.notAfterName = f.boolean("not_after_name")
	r.keepInner = f.boolean("keep_inner")
	if s, ok := f.str("case"); ok {
		switch s {
		case "upper", "lower":
			r.letterCase = s
		default:
			f.errorf(f.vals["case"], "case must be \"upper\" or \"lower\", not %q", s)
		}
	}
	if known {
		nerr := len(f.errs)
		fd, err := k.compile(f)
		if err != nil {
			f.errorf(n, "%v", err)
		}
		if fd != nil && len(f.errs) == nerr {
			r.find = fd
			for g, name := range groupNames {
				r.groups[g] = fd.group(name)
			}
			if vp.check != nil {
				if err := vp.check(fd.group); err != nil {
					f.errorf(f.vals["value"], "value %s: %v", vp.name, err)
				}
			}
		}
	}
	if len(f.errs) > 0 {
		return nil
	}
	r.checkExamples(f)
	return r
}

// checkExamples runs the rule alone on each example (it must produce a
// mention) and each counter-example (it must not).
func (r *rule) checkExamples(f *fields) {
	alone := newSet([]*rule{r})
	for _, n := range f.strings("example") {
		if len(alone.Apply(fold.New(n.Value), nil)) == 0 {
			f.errorf(n, "rule %s does not match its example %q; fix the pattern or the example", quote(r.id), n.Value)
		}
	}
	for _, n := range f.strings("counter") {
		if ms := alone.Apply(fold.New(n.Value), nil); len(ms) > 0 {
			f.errorf(n, "rule %s matches its counter-example %q at %q; it must not", quote(r.id), n.Value, n.Value[ms[0].Start:ms[0].End])
		}
	}
}

// yamlError turns a YAML syntax error into an Error with the line it names.
func yamlError(name string, err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 1
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if i := strings.Index(rest, ":"); i > 0 {
			if l, err := strconv.Atoi(rest[:i]); err == nil {
				line, msg = l, strings.TrimSpace(rest[i+1:])
			}
		}
	}
	return &Error{File: name, Line: line, Msg: "not valid YAML: " + msg}
}

func unwrapRegexpError(err error) string {
	return strings.TrimPrefix(err.Error(), "error parsing regexp: ")
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "mapping"
	case yaml.SequenceNode:
		return "list"
	case yaml.AliasNode:
		return "alias"
	}
	return "value"
}

func quote(s string) string { return strconv.Quote(s) }

func list(names []string) string { return strings.Join(names, ", ") }

// contextLen is how much text a context pattern needs to see: the most it
// can match, up to context bytes.
func contextLen(f *fields, key string) int {
	src, ok := f.vals[key]
	if !ok {
		return 0
	}
	re, err := syntax.Parse(src.Value, syntax.Perl)
	if err != nil {
		return context
	}
	return min(context, maxLength(re))
}
