/// A bar chart as data, drawn by the HTML renderer as inline SVG (the text formats
/// leave charts out; their tables carry the same figures).
public struct Chart: Hashable, Sendable {
    /// How the bars are laid out.
    public enum Style: Hashable, Sendable {
        /// One horizontal bar per category: the first series drawn solid, the second
        /// as the change from it to the end value (e.g. definitief with the
        /// verrekening that lowered or raised it).
        case changeBars
        /// Vertical bars grouped per category, one bar per series.
        case groupedColumns
        /// One line per series over the categories in order (periods, years, grid
        /// points), a point per value (and its value written beside it when there are
        /// few).
        case line
    }

    /// A named series of values, one per category.
    public struct Series: Hashable, Sendable {
        /// The legend text.
        public var name: String
        /// One value per category.
        public var values: [Money]

        /// Creates a series.
        public init(name: String, values: [Money]) {
            self.name = name
            self.values = values
        }
    }

    /// The chart's title (also its accessible name).
    public var title: String
    /// A sentence describing what the chart shows, for screen readers.
    public var description: String
    /// The categories (municipalities, cost groups).
    public var categories: [String]
    /// The series.
    public var series: [Series]
    /// The layout.
    public var style: Style

    /// Creates a chart.
    public init(title: String, description: String, categories: [String], series: [Series], style: Style) {
        self.title = title
        self.description = description
        self.categories = categories
        self.series = series
        self.style = style
    }
}
