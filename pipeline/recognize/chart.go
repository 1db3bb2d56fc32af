package recognize

// Chart records, when asked, the candidates the stages weighed and gave
// up: each with the stage, what it would have been, and what won over it
// or why none did. explain shows them, so that a name not taken says why.
type Chart struct {
	on     bool
	Losses []Loss
}

// Loss is a candidate a stage gave up.
type Loss struct {
	Stage              string
	Type               Type
	ByteStart, ByteEnd int
	Rule               string
	// Reason says why; Winner is the span that won over it, if one did
	// (by byte offsets, Winner.ByteEnd > 0).
	Reason string
	Winner Span
}

func (c *Chart) reset(on bool) {
	c.on = on
	clear(c.Losses)
	c.Losses = c.Losses[:0]
}

// Chart returns the candidates given up in the document, or nil when
// Run was not asked for them.
func (r *Result) Chart() []Loss {
	if !r.a.chart.on {
		return nil
	}
	return r.a.chart.Losses
}

// lose records that the candidate [s, e) of type typ, from stage, was
// given up for reason, to the span winner (an index in spans, or -1).
func (a *analysis) lose(stage string, typ Type, s, e int, rule, reason string, spans []span, winner int) {
	if !a.chart.on || s >= e {
		return
	}
	l := Loss{Stage: stage, Type: typ, ByteStart: a.toks[s].ss, ByteEnd: a.toks[e-1].se, Rule: rule, Reason: reason}
	if winner >= 0 {
		w := &spans[winner]
		l.Winner = Span{Type: w.typ, ByteStart: a.toks[w.s].ss, ByteEnd: a.toks[w.e-1].se, Rule: w.rule, OrganizationStart: -1}
	}
	a.chart.Losses = append(a.chart.Losses, l)
}
