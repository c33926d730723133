/** The query field and its button, as the search page and the 404 page offer it (a plain GET form's fields). */
export function SearchBox({ id, defaultValue }: { id: string; defaultValue?: string }) {
  return (
    <div className="search-box">
      <label htmlFor={id}>Search articles</label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        maxLength={200}
        required
        placeholder="Words from a headline or story"
        autoComplete="off"
      />
      <button type="submit">Search</button>
    </div>
  );
}
