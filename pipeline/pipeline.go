package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"github.com/vnextract/vnextract/pipeline/recognize"
	"os"
	"runtime"
	"runtime/debug"
	"sort"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/vnextract/vnextract/gazetteer"
	"github.com/vnextract/vnextract/pipeline/decode"
	"github.com/vnextract/vnextract/rules"
)

// DefaultMaxDocBytes is the largest input document processed unless an
// option says otherwise.
const DefaultMaxDocBytes = 64 << 20

// ErrTooLarge is reported for a document over the size limit.
var ErrTooLarge = errors.New("pipeline: document too large")

// Pipeline extracts entities from documents. Build it with New; it is
// immutable and safe for concurrent use.
type Pipeline struct {
	encoding   string
	workers    int
	maxBytes   int
	maxMemory  int64
	gcLimit    bool
	lists      *gazetteer.Lists
	recognizer *recognize.Recognizer
	rules      *rules.Set
}

// config collects options before New validates them.
type config struct {
	encoding   string
	workers    int
	maxBytes   int
	userDirs   []string
	noDefaults bool
	maxMemory  int64
	gcLimit    bool
}

// Option configures New.
type Option func(*config) error

// WithEncoding forces the input encoding (see decode.Names) instead of
// detecting it per document.
func WithEncoding(name string) Option {
	return func(c *config) error {
		if name == "" {
			return nil
		}
		for _, n := range decode.Names() {
			if n == name {
				c.encoding = name
				return nil
			}
		}
		return fmt.Errorf("pipeline: unknown encoding %q; use one of %v", name, decode.Names())
	}
}

// WithWorkers sets how many documents Batch and Stream process at once;
// the default is the number of CPUs, and more than MaxWorkers run as
// MaxWorkers (Workers says how many).
func WithWorkers(n int) Option {
	return func(c *config) error {
		if n < 1 {
			return fmt.Errorf("pipeline: workers must be at least 1, got %d", n)
		}
		c.workers = n
		return nil
	}
}

// MaxDocBytes is the largest limit WithMaxDocBytes takes: offsets inside
// a document are kept in 32 bits.
const MaxDocBytes = 1<<32 - 1

// WithMaxDocBytes sets the largest document processed; larger ones are
// reported with ErrTooLarge.
func WithMaxDocBytes(n int) Option {
	return func(c *config) error {
		if n < 1 || n > MaxDocBytes {
			return fmt.Errorf("pipeline: max document size must be between 1 and %d, got %d", MaxDocBytes, n)
		}
		c.maxBytes = n
		return nil
	}
}

// WithRules adds the lists (*.txt) and rules (*.yaml) in dir to the
// embedded defaults; a rule with the id of a default one replaces it.
func WithRules(dir string) Option {
	return func(c *config) error {
		st, err := os.Stat(dir)
		if err != nil {
			return fmt.Errorf("pipeline: rules directory: %w", err)
		}
		if !st.IsDir() {
			return fmt.Errorf("pipeline: rules directory %s is not a directory", dir)
		}
		c.userDirs = append(c.userDirs, dir)
		return nil
	}
}

// New builds a pipeline from the embedded lists and rules plus any given
// by options. A malformed user file is reported with its file and line.
func New(opts ...Option) (*Pipeline, error) {
	c := config{workers: runtime.NumCPU(), maxBytes: DefaultMaxDocBytes}
	for _, o := range opts {
		if err := o(&c); err != nil {
			return nil, err
		}
	}
	c.workers = min(c.workers, MaxWorkers())
	if c.maxMemory == 0 {
		c.maxMemory = defaultMaxMemory()
	}
	lists, err := gazetteer.Default()
	if err != nil {
		return nil, fmt.Errorf("pipeline: embedded lists: %w", err)
	}
	rs, err := rules.Default()
	if err != nil {
		return nil, fmt.Errorf("pipeline: embedded rules: %w", err)
	}
	for _, dir := range c.userDirs {
		fsys := newRuleFS(dir)
		ul, err := gazetteer.Load(fsys)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", dir, err)
		}
		lists = lists.Merge(ul)
		ur, err := rules.Load(fsys)
		switch {
		case errors.Is(err, rules.ErrNoFiles):
			if ul.Len() == 0 {
				return nil, fmt.Errorf("pipeline: %s holds no lists (*.txt) and no rules (*.yaml)", dir)
			}
		case err != nil:
			return nil, fmt.Errorf("%s: %w", dir, err)
		default:
			if rs, err = rs.Merge(ur); err != nil {
				return nil, fmt.Errorf("%s: %w", dir, err)
			}
		}
	}
	return &Pipeline{
		encoding:   c.encoding,
		workers:    c.workers,
		maxBytes:   c.maxBytes,
		maxMemory:  c.maxMemory,
		gcLimit:    c.gcLimit,
		lists:      lists,
		recognizer: recognize.New(lists),
		rules:      rs,
	}, nil
}

// Workers is the size of the worker pool Batch and Stream use.
func (p *Pipeline) Workers() int { return p.workers }

// MaxMemory is the memory bound of the documents in flight (see
// WithMaxMemory).
func (p *Pipeline) MaxMemory() int64 { return p.maxMemory }

// Explain processes one document like Extract and also returns what the
// stages found on the way: gazetteer hits, and candidates dropped in
// favour of others, with the reason.
func (p *Pipeline) Explain(ctx context.Context, in Input) (Document, Trace) {
	var tr Trace
	d := p.extract(ctx, in, &tr)
	return d, tr
}

// Extract processes one document. Failures are reported in the returned
// Document (Status "error"), never as a panic; ctx is checked once at the
// start, since one document takes milliseconds.
func (p *Pipeline) Extract(ctx context.Context, in Input) Document {
	return p.extract(ctx, in, nil)
}

func (p *Pipeline) extract(ctx context.Context, in Input, tr *Trace) Document {
	doc := Document{ID: in.ID, Source: in.Source, Warnings: []string{}, Mentions: []Mention{}, Persons: []PersonRecord{}}
	fail := func(err error) Document {
		doc.Status, doc.Error = StatusError, err.Error()
		return doc
	}
	if in.Err != nil {
		return fail(in.Err)
	}
	if err := ctx.Err(); err != nil {
		return fail(err)
	}
	text, valid := in.Text, false
	if text == "" {
		doc.Bytes = len(in.Data)
		if in.FileSHA256 != "" {
			// The file as it is on disk (a .docx, not its text), also
			// when it cannot be decoded; hashing twice costs time.
			doc.SHA256, doc.Bytes = in.FileSHA256, in.FileBytes
		} else {
			sum := sha256.Sum256(in.Data)
			doc.SHA256 = hex.EncodeToString(sum[:])
		}
		if len(in.Data) > p.maxBytes {
			return fail(fmt.Errorf("%w: %d bytes, the limit is %d (raise it with --max-doc-bytes)", ErrTooLarge, len(in.Data), p.maxBytes))
		}
		res, err := decode.Decode(in.Data, p.encoding)
		doc.Encoding = res.Encoding
		if err != nil {
			return fail(err)
		}
		for _, w := range res.Warnings {
			doc.Warnings = append(doc.Warnings, fmt.Sprintf("byte %d: %s", w.Offset, w.Message))
		}
		text = res.Text
		// Decode's text is always valid UTF-8: it replaces what is not.
		valid = true
	} else {
		doc.Bytes = len(text)
		sum := sha256.Sum256([]byte(text))
		doc.SHA256 = hex.EncodeToString(sum[:])
		if len(text) > p.maxBytes {
			return fail(fmt.Errorf("%w: %d bytes, the limit is %d (raise it with --max-doc-bytes)", ErrTooLarge, len(text), p.maxBytes))
		}
		doc.Encoding = "utf-8"
		valid = utf8.ValidString(text)
		if !valid {
			doc.Warnings = append(doc.Warnings, "text is not valid UTF-8; invalid bytes are kept as they are")
		}
	}
	if in.FileSHA256 != "" {
		doc.SHA256, doc.Bytes = in.FileSHA256, in.FileBytes
	}
	p.analyzeWindows(text, valid, &doc, tr, window)
	composeDerived(&doc)
	doc.Date = documentDate(&doc, text)
	if in.Date != "" {
		if validDate(in.Date) {
			doc.Date = in.Date
		} else {
			doc.Warnings = append(doc.Warnings, fmt.Sprintf("input date %q is not YYYY, YYYY-MM or YYYY-MM-DD; the text's own date is used", in.Date))
		}
	}
	doc.Status = StatusOK
	if len(doc.Warnings) > 0 {
		doc.Status = StatusWarn
	}
	return doc
}

// Batch processes docs with a bounded pool of workers and returns the
// results in input order. When ctx is cancelled, documents not yet
// started are reported with the context's error.
func (p *Pipeline) Batch(ctx context.Context, docs []Input) []Document {
	out := make([]Document, len(docs))
	next := 0
	_ = p.Stream(ctx, func() (Input, bool) {
		if next == len(docs) {
			return Input{}, false
		}
		next++
		return docs[next-1], true
	}, func(i int, d Document) error {
		out[i] = d
		return nil
	})
	// Documents a cancelled Stream never emitted are reported with the
	// context's error rather than left empty.
	if cause := context.Cause(ctx); cause != nil {
		for i := range out {
			if out[i].Status == "" {
				out[i] = Document{ID: docs[i].ID, Source: docs[i].Source, Status: StatusError, Error: cause.Error(),
					Warnings: []string{}, Mentions: []Mention{}, Persons: []PersonRecord{}}
			}
		}
	}
	return out
}

// Stream reads inputs from next until it reports false, processes them
// with the pipeline's workers, and calls emit with each result in input
// order (i is the 0-based input index). At most a few documents per
// worker are held at once, so memory does not grow with the stream. It
// stops early with emit's error or the context's.
func (p *Pipeline) Stream(ctx context.Context, next func() (Input, bool), emit func(i int, d Document) error) error {
	type job struct {
		i  int
		in Input
	}
	type result struct {
		i int
		d Document
	}
	// mem bounds the documents in flight by their estimated memory;
	// costs[i] is what document i holds until it is emitted.
	mem := newBudget(p.maxMemory, p.gcLimit)
	if p.gcLimit {
		// The limit follows this stream only while it runs.
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	}
	var costMu sync.Mutex
	costs := map[int]int64{}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	window := 4 * p.workers
	jobs := make(chan job)
	results := make(chan result, window)
	// tokens bound documents read but not yet emitted.
	tokens := make(chan struct{}, window)
	var wg sync.WaitGroup
	for w := 0; w < p.workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- result{j.i, p.safeExtract(ctx, j.in)}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := 0; ; i++ {
			select {
			case tokens <- struct{}{}:
			case <-ctx.Done():
				return
			}
			in, ok := next()
			if !ok {
				return
			}
			// The document just read waits here, not in memory with the
			// others, until the budget has room for it.
			c := cost(in)
			if !mem.acquire(ctx, c) {
				return
			}
			costMu.Lock()
			costs[i] = c
			costMu.Unlock()
			select {
			case jobs <- job{i, in}:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()

	pending := map[int]Document{}
	want := 0
	var err error
recv:
	for {
		var r result
		select {
		case got, ok := <-results:
			if !ok {
				break recv
			}
			r = got
		case <-ctx.Done():
			// next may be blocked reading a pipe that stays open, so the
			// workers may never finish: return now and let a goroutine
			// drain what they still produce.
			go func() {
				for range results {
				}
			}()
			break recv
		}
		if err != nil {
			continue
		}
		pending[r.i] = r.d
		for {
			d, ok := pending[want]
			if !ok {
				break
			}
			delete(pending, want)
			err = emit(want, d)
			costMu.Lock()
			c := costs[want]
			delete(costs, want)
			costMu.Unlock()
			mem.release(c)
			if err != nil {
				cancel()
				break
			}
			want++
			<-tokens
		}
	}
	if err != nil {
		return err
	}
	if len(pending) > 0 {
		// Cancelled with results out of order: emit what is done, in order.
		keys := make([]int, 0, len(pending))
		for k := range pending {
			keys = append(keys, k)
		}
		sort.Ints(keys)
		for _, k := range keys {
			if k != want {
				break
			}
			if err := emit(k, pending[k]); err != nil {
				return err
			}
			want++
		}
	}
	return ctx.Err()
}

// safeExtract turns a panic inside one document's extraction into an
// error for that document, so one bad input never stops a batch.
func (p *Pipeline) safeExtract(ctx context.Context, in Input) (d Document) {
	defer func() {
		if r := recover(); r != nil {
			d = Document{ID: in.ID, Source: in.Source, Status: StatusError, Warnings: []string{},
				Mentions: []Mention{}, Persons: []PersonRecord{},
				Error: fmt.Sprintf("internal error (please report it with this document): %v", r)}
		}
	}()
	return p.Extract(ctx, in)
}

// validDate says whether s is "YYYY", "YYYY-MM" or "YYYY-MM-DD", a real
// date.
func validDate(s string) bool {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(s) == len(layout) {
			_, err := time.Parse(layout, s)
			return err == nil
		}
	}
	return false
}
