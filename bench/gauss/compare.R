# Effectmeter's secondary suppression against Statistics Norway's GaussSuppression on the same
# table: one count of one year (default `decided`, 2024), every breakdown x granularity,
# Effectmeter's primary cells.
#
#   Rscript bench/gauss/compare.R TABLE.tsv OUT_PREFIX [--check-model]
#
# TABLE.tsv is written by PrivacyBench with -Deffectmeter.bench.gauss=TABLE.tsv (BENCHMARKS.md,
# "Against Statistics Norway's GaussSuppression"). GaussSuppression and SSBtools are not
# dependencies of Effectmeter: the script only loads an installed GaussSuppression (R_LIBS). It
# writes OUT_PREFIX-cells.tsv (every cell with each run's status) and OUT_PREFIX-summary.tsv, and
# prints the summary.
#
# The model. Effectmeter's relations for a count that adds up over time (not `open`, a stock)
# within one year: every cell equals the sum of the cells of any finer breakdown (organisations
# within layers within the total, regulations, municipalities within provinces, client segments,
# channels) and of any finer granularity (months within quarters within the year) that lie in it;
# a missing cell is 0. The finest published tables (organisation x regulation x municipality, x
# client segment and x channel by quarter, organisation x regulation by month) have no common
# refinement in the dump, so the script builds one: within each organisation x regulation x
# quarter it lays out inner cells (municipality, client segment, channel, month) as a staircase
# (north-west corner rule, one code changing per step, a 0 where two codes run out together) whose
# sums are exactly the four published margins. Every published cell is then a sum of inner cells,
# and the linear relations among the published cells are those of the full cross-classification
# of the codes (within a group each margin adds up to the group's total and nothing more), which
# is what Effectmeter's relations say. GaussSuppressionFromData builds the cells from the inner
# cells with a formula holding exactly Effectmeter's 27 breakdown x granularity combinations; the
# script stops unless the cells above 0 and their values are Effectmeter's (cells of 0 have no inner
# cell: neither tool hides them). With --check-model it also checks that every relation of
# Effectmeter's holds in the model matrix and writes both for bench/gauss/rank.py, which checks
# that the model allows no relation Effectmeter's do not imply.
#
# The runs, all from Effectmeter's primary cells with protectZeros = FALSE:
# - GaussSuppression's defaults (candidates by frequency, singleton handling "anySum"). Which inner
#   cells hold a 1 (the singletons it protects) is an artefact of the staircase, not of the cases.
# - singletonMethod = "none": the published relations alone, Effectmeter's threat model.
# - the same until safe: the cells hidden become primary and it runs again until nothing more is
#   hidden, so that no hidden cell, secondary ones included, follows linearly (Effectmeter's
#   criterion; GaussSuppression protects the primary cells only).
# - Effectmeter's secondary cells offered last (GaussSuppression hides from the end of the
#   candidates), until safe: how many of them the additive relations alone need once everything
#   Effectmeter publishes is published.
# For every pattern it also counts the cells a single published relation gives away through the
# bound Effectmeter's reader knows and GaussSuppression's model does not: a hidden count is at
# least 1 (a 0 is never hidden), so hidden parts that add up to as many as there are are all 1.

suppressPackageStartupMessages(library(GaussSuppression))

args <- commandArgs(trailingOnly = TRUE)
check <- "--check-model" %in% args
args <- setdiff(args, "--check-model")
if (length(args) != 2) {
  stop("usage: Rscript bench/gauss/compare.R TABLE.tsv OUT_PREFIX [--check-model]")
}
table_file <- args[1]
out_prefix <- args[2]

cells <- read.delim(table_file, colClasses = "character", quote = "", na.strings = character(0))
cells$value <- as.numeric(cells$value)
cells$primary <- cells$primary == "true"
cells$headline <- cells$headline == "true"

# Named dimensions of each breakdown (the dump's column names), in the breakdown label's order.
named <- list(
  "total" = character(0),
  "organisation" = "organisation",
  "organisation,regulation" = c("organisation", "regulation"),
  "organisation,regulation,municipality" = c("organisation", "regulation", "municipality"),
  "organisation,municipality" = c("organisation", "municipality"),
  "regulation" = "regulation",
  "regulation,municipality" = c("regulation", "municipality"),
  "government_layer" = "government_layer",
  "government_layer,province" = c("government_layer", "province"),
  "organisation,regulation,client_segment" = c("organisation", "regulation", "client_segment"),
  "organisation,regulation,channel" = c("organisation", "regulation", "channel")
)
dims <- c("organisation", "regulation", "municipality", "province", "government_layer",
          "client_segment", "channel")
unknown <- setdiff(unique(cells$breakdown), names(named))
if (length(unknown)) stop("breakdowns the script does not know: ", paste(unknown, collapse = ", "))

# A key from the breakdown, granularity, period and the named dimensions' codes only (the dump
# also fills a layer from the organisation and a province from the municipality).
cell_key <- function(breakdown, granularity, period, codes) {
  k <- paste(breakdown, granularity, period, sep = "|")
  for (b in unique(breakdown)) {
    i <- breakdown == b
    for (d in named[[b]]) k[i] <- paste(k[i], codes[[d]][i], sep = "|")
  }
  k
}
cells$key <- cell_key(cells$breakdown, cells$granularity, cells$period, cells)
if (anyDuplicated(cells$key)) stop("duplicate cells in ", table_file)

quarter_of <- function(month) {
  paste0(substr(month, 1, 4), "-Q", (as.integer(substr(month, 6, 7)) - 1) %/% 3 + 1)
}

# Layer of each organisation and province of each municipality, as the dump fills them in.
code_map <- function(from, to) {
  i <- cells[[from]] != "_T" & cells[[to]] != "_T"
  m <- unique(cells[i, c(from, to)])
  if (anyDuplicated(m[[from]])) stop(from, " maps to more than one ", to)
  setNames(m[[to]], m[[from]])
}
layer_of <- code_map("organisation", "government_layer")
province_of <- code_map("municipality", "province")

# The common refinement, group by group (organisation x regulation x quarter).
positive <- cells[cells$value > 0, ]
margin <- function(breakdown, granularity, dim) {
  m <- positive[positive$breakdown == breakdown & positive$granularity == granularity, ]
  quarter <- if (granularity == "month") quarter_of(m$period) else m$period
  split(setNames(m$value, m[[dim]]), paste(m$organisation, m$regulation, quarter, sep = "|"))
}
groups <- positive[positive$breakdown == "organisation,regulation" &
                     positive$granularity == "quarter", ]
groups$group <- paste(groups$organisation, groups$regulation, groups$period, sep = "|")
margins <- list(
  municipality = margin("organisation,regulation,municipality", "quarter", "municipality"),
  client_segment = margin("organisation,regulation,client_segment", "quarter", "client_segment"),
  channel = margin("organisation,regulation,channel", "quarter", "channel"),
  month = margin("organisation,regulation", "month", "period")
)

staircase <- function(parts) {
  at <- rep(1L, length(parts))
  left <- lapply(parts, function(p) unname(p))
  rows <- list()
  repeat {
    amount <- min(mapply(function(l, a) l[a], left, at))
    rows[[length(rows) + 1]] <- c(mapply(function(p, a) names(p)[a], parts, at), value = amount)
    for (d in seq_along(left)) left[[d]][at[d]] <- left[[d]][at[d]] - amount
    done <- which(mapply(function(l, a) l[a] == 0 && a < length(l), left, at))
    if (!length(done)) break
    at[done[1]] <- at[done[1]] + 1L
  }
  rows
}

mismatches <- character(0)
inner <- vector("list", nrow(groups))
for (g in seq_len(nrow(groups))) {
  id <- groups$group[g]
  parts <- lapply(margins, function(m) m[[id]])
  sums <- vapply(parts, function(p) if (is.null(p)) 0 else sum(p), 0)
  if (any(sums != groups$value[g])) {
    mismatches <- c(mismatches, sprintf("%s: total %g, margins %s", id, groups$value[g],
                                        paste(names(sums), sums, sep = "=", collapse = " ")))
    next
  }
  rows <- do.call(rbind, staircase(parts))
  inner[[g]] <- data.frame(organisation = groups$organisation[g],
                           regulation = groups$regulation[g],
                           rows[, c("municipality", "client_segment", "channel", "month"),
                                drop = FALSE],
                           freq = as.numeric(rows[, "value"]),
                           stringsAsFactors = FALSE)
}
if (length(mismatches)) {
  cat("groups whose published margins do not add up to their total (left out):\n")
  cat(paste(" ", mismatches), sep = "\n")
}
inner <- do.call(rbind, inner)
inner$quarter <- quarter_of(inner$month)
inner$government_layer <- unname(layer_of[inner$organisation])
inner$province <- unname(province_of[inner$municipality])
if (anyNA(inner)) stop("an organisation without a layer or a municipality without a province")

terms <- c("organisation:regulation:municipality", "organisation:municipality",
           "regulation:municipality", "government_layer:province",
           "organisation:regulation:client_segment", "organisation:regulation:channel",
           "organisation:regulation", "organisation", "regulation", "government_layer")
month_terms <- c("organisation:regulation", "organisation", "regulation", "government_layer")
model <- as.formula(paste("~", paste(c(terms, paste0("quarter:", terms), "quarter",
                                       paste0("month:", month_terms), "month"),
                                     collapse = " + ")))

# The Effectmeter key of a GaussSuppression output row (with avoidHierarchical = TRUE every
# variable keeps its own column, "Total" where the cell sums over it).
signatures <- setNames(names(named), vapply(named, function(n) {
  paste(c("b", dims[dims %in% n]), collapse = ",")
}, ""))
gauss_key <- function(ct) {
  set <- sapply(dims, function(d) ct[[d]] != "Total")
  if (is.null(dim(set))) set <- matrix(set, nrow = 1, dimnames = list(NULL, dims))
  signature <- apply(set, 1, function(s) paste(c("b", dims[s]), collapse = ","))
  breakdown <- unname(signatures[signature])
  granularity <- ifelse(ct$month != "Total", "month",
                        ifelse(ct$quarter != "Total", "quarter", "year"))
  year <- substr(cells$period[1], 1, 4)
  period <- ifelse(ct$month != "Total", ct$month, ifelse(ct$quarter != "Total", ct$quarter, year))
  ifelse(is.na(breakdown), NA_character_,
         cell_key(ifelse(is.na(breakdown), "total", breakdown), granularity, period, ct))
}

em_status <- setNames(cells$status, cells$key)
# The primary cells GaussSuppression is given: Effectmeter's, or (when iterating) every cell hidden
# so far.
primary_keys <- cells$key[cells$primary]
primary_of <- function(crossTable, ...) {
  k <- gauss_key(crossTable)
  if (anyNA(k) || !all(k %in% cells$key)) {
    stop(sum(!(k %in% cells$key)), " GaussSuppression cells Effectmeter does not have")
  }
  k %in% primary_keys
}
# Effectmeter's secondary cells last, so that GaussSuppression picks from them first: which of
# them the additive relations need, once everything Effectmeter publishes is published.
effectmeter_last <- function(freq, x, crossTable, ...) {
  order <- CandidatesDefault(freq = freq, x = x, secondaryZeros = FALSE, weight = NULL)
  secondary <- em_status[gauss_key(crossTable)] == "secondary"
  c(order[!secondary[order]], order[secondary[order]])
}

# One GaussSuppression run from Effectmeter's primary cells. With until_safe, the cells it hides
# become the primary cells of the next run until a run hides nothing more: then no hidden cell,
# secondary ones included, follows from the published ones (Effectmeter's criterion; GaussSuppression
# on its own protects the primary cells only).
run <- function(label, ..., until_safe = FALSE) {
  cat(sprintf("\n== %s\n", label))
  primary_keys <<- cells$key[cells$primary]
  elapsed <- 0
  rounds <- 0
  repeat {
    rounds <- rounds + 1
    elapsed <- elapsed + system.time(
      out <- GaussSuppressionFromData(inner, formula = model, freqVar = "freq",
                                      primary = primary_of, protectZeros = FALSE,
                                      avoidHierarchical = TRUE, printInc = FALSE, ...)
    )[["elapsed"]]
    out$key <- gauss_key(out)
    hidden <- out$key[out$suppressed]
    added <- setdiff(hidden, primary_keys)
    if (rounds > 1) cat(sprintf("  round %d: %d more cells hidden\n", rounds, length(added)))
    if (!until_safe || !length(added)) break
    primary_keys <<- union(primary_keys, hidden)
  }
  # The primary flag of the first round, the cells hidden by the last.
  if (rounds > 1) out$primary <- out$key %in% cells$key[cells$primary]
  cat(sprintf("%s: %d cells, %d round(s), %.1f s\n", label, nrow(out), rounds, elapsed))
  list(out = out, elapsed = elapsed, rounds = rounds)
}

runs <- list(
  default = run("GaussSuppression, default singleton handling (anySum)"),
  none = run("GaussSuppression, singletonMethod = \"none\"", singletonMethod = "none"),
  safe = run("GaussSuppression, singletonMethod = \"none\", until no hidden cell follows",
             singletonMethod = "none", until_safe = TRUE),
  needed = run(paste("GaussSuppression, Effectmeter's secondary cells preferred,",
                     "singletonMethod = \"none\", until no hidden cell follows"),
               singletonMethod = "none", candidates = effectmeter_last, until_safe = TRUE)
)

# The model against Effectmeter's own relations: every cell = the sum of the cells of a finer
# breakdown (its dimensions, with the layer an organisation fills and the province a municipality
# fills, include the coarser one's) and an equal or finer granularity that lie in it. Cells of 0
# are left out (both tools publish them).
relations <- function() {
  filled <- lapply(named, function(n) {
    unique(c(n, if ("organisation" %in% n) "government_layer",
             if ("municipality" %in% n) "province"))
  })
  level <- c(month = 1, quarter = 2, year = 3)
  at <- unique(cells[, c("breakdown", "granularity")])
  pos <- cells[cells$value > 0, ]
  parent_period <- function(period, granularity) {
    switch(granularity, month = period, quarter = ifelse(nchar(period) == 7 & !grepl("Q", period),
                                                         quarter_of(period), period),
           year = substr(period, 1, 4))
  }
  links <- list()
  for (b in unique(pos$breakdown)) {
    for (g in unique(pos$granularity[pos$breakdown == b])) {
      child <- pos[pos$breakdown == b & pos$granularity == g, ]
      for (i in seq_len(nrow(at))) {
        pb <- at$breakdown[i]
        pg <- at$granularity[i]
        if ((pb == b && pg == g) || level[[pg]] < level[[g]] ||
            !all(filled[[pb]] %in% filled[[b]])) next
        parent <- cell_key(rep(pb, nrow(child)), rep(pg, nrow(child)),
                           parent_period(child$period, pg), child)
        links[[length(links) + 1]] <- data.frame(parent = parent, child = child$key,
                                                 type = paste(b, g, sep = "|"))
      }
    }
  }
  links <- do.call(rbind, links)
  if (!all(links$parent %in% cells$key[cells$value > 0])) {
    stop("a cell above 0 whose parent is 0 or missing")
  }
  links$relation <- paste(links$parent, links$type)
  links
}
links <- relations()

# Beyond the linear relations, Effectmeter's reader knows that a hidden count is at least 1 (a 0 is
# never hidden): where a published parent's hidden parts add up to exactly as many as there are,
# each of them is 1. GaussSuppression's model does not know this bound; count the relations that
# give cells away by it alone, for any pattern.
given_by_bound <- function(status) {
  value <- setNames(cells$value, cells$key)
  st <- setNames(status, cells$key)
  hidden_child <- st[links$child] != "published"
  per <- data.frame(relation = links$relation, parent = links$parent, hidden = hidden_child,
                    known = ifelse(hidden_child, 0, value[links$child]),
                    hidden_sum = ifelse(hidden_child, value[links$child], 0))
  k <- tapply(per$hidden, per$relation, sum)
  left <- value[per$parent[match(names(k), per$relation)]] -
    tapply(per$known, per$relation, sum)[names(k)]
  open_parent <- st[per$parent[match(names(k), per$relation)]] == "published"
  bad <- names(k)[open_parent & k >= 2 & left == k]
  list(relations = length(bad),
       cells = length(unique(links$child[links$relation %in% bad & hidden_child])))
}

# With --check-model: each of Effectmeter's relations must hold for GaussSuppression's model
# matrix x (checked here, in integers), and x must allow no more: the dimension of x's null space
# equals the rank of Effectmeter's relations. The ranks are exact, by bench/gauss/rank.py on the two
# files written here (R's sparse QR ranks were 65 off at 1M).
check_model <- function() {
  mm <- SSBtools::ModelMatrix(inner, formula = model, crossTable = TRUE,
                              avoidHierarchical = TRUE)
  x <- mm$modelMatrix
  key <- gauss_key(mm$crossTable)
  ids <- unique(links$relation)
  r <- Matrix::sparseMatrix(
    i = c(match(ids, ids), match(links$relation, ids)),
    j = c(match(links$parent[!duplicated(links$relation)], key), match(links$child, key)),
    x = c(rep(1, length(ids)), rep(-1, nrow(links))), dims = c(length(ids), length(key)))
  residual <- max(abs(x %*% Matrix::t(r)))
  xt <- as(x, "TsparseMatrix")
  write.table(data.frame(row = xt@i, cell = key[xt@j + 1]), paste0(out_prefix, "-x.tsv"),
              sep = "\t", quote = FALSE, row.names = FALSE)
  write.table(links[, c("relation", "parent", "child")], paste0(out_prefix, "-relations.tsv"),
              sep = "\t", quote = FALSE, row.names = FALSE)
  cat(sprintf(paste0("model check: %d relations of Effectmeter's among the %d cells above 0,",
                     " largest residual in x: %g; ranks: python3 bench/gauss/rank.py %s\n"),
              length(ids), length(key), residual, out_prefix))
  residual == 0
}
model_ok <- if (check) check_model() else NA

# The cells and values must be Effectmeter's: every cell with a value above 0, nothing else.
out <- runs$default$out
matched <- match(out$key, cells$key)
if (anyNA(matched)) stop(sum(is.na(matched)), " GaussSuppression cells not among Effectmeter's")
if (any(out$freq != cells$value[matched])) {
  stop(sum(out$freq != cells$value[matched]), " cells with another value than Effectmeter's")
}
missing <- setdiff(cells$key[cells$value > 0], out$key)
cat(sprintf("\ncells: Effectmeter %d (%d of them 0), GaussSuppression %d, matched %d,",
            nrow(cells), sum(cells$value == 0), nrow(out), sum(!is.na(matched))),
    sprintf("Effectmeter cells above 0 missing from GaussSuppression: %d\n", length(missing)))
if (length(missing)) cat(paste(" ", head(missing, 20)), sep = "\n")

status_of <- function(r) {
  s <- rep("published", nrow(cells))
  i <- match(r$out$key, cells$key)
  s[i[r$out$primary]] <- "primary"
  s[i[r$out$suppressed & !r$out$primary]] <- "secondary"
  s
}
base <- sum(cells$value)
summarise <- function(tool, status, elapsed) {
  secondary <- status == "secondary"
  data.frame(tool = tool, cells = nrow(cells), primary = sum(status == "primary"),
             secondary = sum(secondary),
             base_share_secondary = sum(cells$value[secondary]) / base,
             headline_secondary = sum(secondary & cells$headline),
             given_by_bound = given_by_bound(status)$cells,
             seconds = elapsed, stringsAsFactors = FALSE)
}
status <- data.frame(key = cells$key, value = cells$value, headline = cells$headline,
                     effectmeter = cells$status,
                     gauss_default = status_of(runs$default), gauss_none = status_of(runs$none),
                     gauss_safe = status_of(runs$safe), gauss_needed = status_of(runs$needed),
                     stringsAsFactors = FALSE)
for (r in c("gauss_default", "gauss_none", "gauss_safe", "gauss_needed")) {
  if (any((status[[r]] == "primary") != (status$effectmeter == "primary"))) {
    stop("primary cells differ between Effectmeter and ", r)
  }
}
summary <- rbind(
  summarise("Effectmeter (this count, this year)", cells$status, NA),
  summarise("GaussSuppression default (anySum)", status$gauss_default, runs$default$elapsed),
  summarise("GaussSuppression singletonMethod none", status$gauss_none, runs$none$elapsed),
  summarise(sprintf("GaussSuppression none, until safe (%d rounds)", runs$safe$rounds),
            status$gauss_safe, runs$safe$elapsed),
  summarise(sprintf("Effectmeter's secondary cells the relations need (%d rounds)",
                    runs$needed$rounds), status$gauss_needed, runs$needed$elapsed)
)
summary$base_share_secondary <- round(summary$base_share_secondary, 5)
cat(sprintf(paste0("\nEffectmeter's %d secondary cells: %d of them needed by the additive",
                   " relations alone (GaussSuppression picking from them first until no hidden",
                   " cell follows), %.2f%% of the base; cells Effectmeter publishes that this run",
                   " hides: %d\n"),
            sum(cells$status == "secondary"),
            sum(status$gauss_needed == "secondary" & cells$status == "secondary"),
            100 * sum(cells$value[status$gauss_needed == "secondary" &
                                    cells$status == "secondary"]) / base,
            sum(status$gauss_needed == "secondary" & cells$status == "published")))
both <- function(a) sum(status[[a]] == "secondary" & cells$status == "secondary")
cat(sprintf(paste0("secondary cells shared with Effectmeter's: default %d, none %d, until safe %d;",
                   " default and none hide the same cells: %s\n"),
            both("gauss_default"), both("gauss_none"), both("gauss_safe"),
            identical(status$gauss_default, status$gauss_none)))
if (!is.na(model_ok)) cat(sprintf("every relation of Effectmeter's holds in x: %s\n", model_ok))
write.table(status, paste0(out_prefix, "-cells.tsv"), sep = "\t", quote = FALSE, row.names = FALSE)
write.table(summary, paste0(out_prefix, "-summary.tsv"), sep = "\t", quote = FALSE,
            row.names = FALSE)
cat(sprintf("\nbase (sum of all values of the table): %g; inner cells built: %d\n", base,
            nrow(inner)))
print(summary, row.names = FALSE)
