//! Average-link clustering of the compared pairs, with a union-find.

use rustc_hash::FxHashMap as HashMap;

/// Groups being built: disjoint sets (path halving), each root with its
/// size and the summed similarity of its compared pairs to each other group.
/// Joining merges the smaller map into the larger, so all joins together
/// cost O(pairs × log n).
pub(super) struct Clusters {
    parent: Vec<usize>,
    size: Vec<usize>,
    links: Vec<HashMap<usize, f32>>,
}

impl Clusters {
    pub(super) fn new(n: usize) -> Clusters {
        Clusters {
            parent: (0..n).collect(),
            size: vec![1; n],
            links: vec![HashMap::default(); n],
        }
    }

    pub(super) fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    /// Records the similarity of sentences `i` and `j` (before any join).
    pub(super) fn add(&mut self, i: usize, j: usize, sim: f32) {
        *self.links[i].entry(j).or_insert(0.0) += sim;
        *self.links[j].entry(i).or_insert(0.0) += sim;
    }

    /// Joins the groups of `i` and `j` when the mean similarity over all
    /// pairs across them (pairs never compared count 0) is at least
    /// `cohesion`: average link, which keeps one shared name from chaining
    /// unrelated claims together as single link would.
    pub(super) fn join_if_cohesive(&mut self, i: usize, j: usize, cohesion: f32) {
        let (mut a, mut b) = (self.find(i), self.find(j));
        if a == b {
            return;
        }
        let sum = self.links[a].get(&b).copied().unwrap_or(0.0);
        if sum / ((self.size[a] * self.size[b]) as f32) < cohesion {
            return;
        }
        if self.links[a].len() < self.links[b].len() {
            std::mem::swap(&mut a, &mut b);
        }
        let moved = std::mem::take(&mut self.links[b]);
        self.links[a].remove(&b);
        for (c, w) in moved {
            if c == a {
                continue;
            }
            *self.links[a].entry(c).or_insert(0.0) += w;
            let theirs = &mut self.links[c];
            let w = theirs.remove(&b).unwrap_or(0.0);
            *theirs.entry(a).or_insert(0.0) += w;
        }
        self.parent[b] = a;
        self.size[a] += self.size[b];
    }
}
