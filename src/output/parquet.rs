//! `run --format parquet`: the same tables as the CSV files, as Parquet with explicit types, so
//! pandas, R, DuckDB and Spark read them with no `dtype`: codes stay strings ("040"), counts and
//! offsets are integers, scores and coordinates floats, flags booleans, dates dates (a date no
//! reader understands is null; documents.csv keeps its text). An empty cell of a typed column is
//! null. Written by the Apache Arrow crates in row groups of at most 65,536 rows, so a large table
//! is never held twice in memory.

use std::path::Path;
use std::sync::Arc;

use arrow_array::builder::{BooleanBuilder, Date32Builder, Float64Builder, Int64Builder, StringBuilder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema};

use super::tables::TableData;
use super::{OutputError, Staged};

const ROW_GROUP: usize = 65_536;

/// The type of a column, by its name (the same name means the same thing in every table).
pub fn column_type(column: &str) -> DataType {
    match column {
        "start" | "end" | "clean_start" | "clean_end" | "sentence" | "chars" | "mentions" | "chars_raw" | "chars_clean" | "lines_dropped" | "weight"
        | "Weight" | "documents" | "first_sentence" | "articles" | "sources" | "count" | "quad_class" => DataType::Int64,
        "score" | "link_score" | "goldstein" | "mean_goldstein" | "confidence" | "lat" | "lon" => DataType::Float64,
        "negated" | "factual" => DataType::Boolean,
        "date" | "first_date" | "last_date" => DataType::Date32,
        _ => DataType::Utf8,
    }
}

enum Column {
    Text(StringBuilder),
    Int(Int64Builder),
    Float(Float64Builder),
    Bool(BooleanBuilder),
    Date(Date32Builder),
}

impl Column {
    fn new(t: &DataType) -> Column {
        match t {
            DataType::Int64 => Column::Int(Int64Builder::new()),
            DataType::Float64 => Column::Float(Float64Builder::new()),
            DataType::Boolean => Column::Bool(BooleanBuilder::new()),
            DataType::Date32 => Column::Date(Date32Builder::new()),
            _ => Column::Text(StringBuilder::new()),
        }
    }

    fn push(&mut self, cell: &str) {
        match self {
            Column::Text(b) => b.append_value(cell),
            Column::Int(b) => b.append_option(cell.parse::<i64>().ok()),
            Column::Float(b) => b.append_option(cell.parse::<f64>().ok()),
            Column::Bool(b) => b.append_option(cell.parse::<bool>().ok()),
            Column::Date(b) => b.append_option(crate::util::day_number(cell).and_then(|d| i32::try_from(d).ok())),
        }
    }

    fn finish(&mut self) -> ArrayRef {
        match self {
            Column::Text(b) => Arc::new(b.finish()),
            Column::Int(b) => Arc::new(b.finish()),
            Column::Float(b) => Arc::new(b.finish()),
            Column::Bool(b) => Arc::new(b.finish()),
            Column::Date(b) => Arc::new(b.finish()),
        }
    }
}

/// Write one table as `NAME.parquet` under a temporary name (committed with the rest).
pub fn stage(dir: &Path, table: TableData<'_>) -> Result<Staged, OutputError> {
    let name = table.name.replace(".csv", ".parquet");
    let dest = dir.join(&name);
    let tmp = dir.join(format!(".{name}{}{}", super::folder::TMP_MARK, std::process::id()));
    let fail = |cause: String| OutputError::Io { path: tmp.display().to_string(), cause: std::io::Error::other(cause) };
    let types: Vec<DataType> = table.columns.iter().map(|c| column_type(c)).collect();
    let schema = Arc::new(Schema::new(table.columns.iter().zip(&types).map(|(c, t)| Field::new(*c, t.clone(), true)).collect::<Vec<_>>()));
    let file = std::fs::File::create(&tmp).map_err(|e| OutputError::Io { path: tmp.display().to_string(), cause: e })?;
    let mut writer = ::parquet::arrow::ArrowWriter::try_new(file, schema.clone(), None).map_err(|e| fail(e.to_string()))?;
    let mut columns: Vec<Column> = types.iter().map(Column::new).collect();
    let mut rows = 0;
    let flush = |columns: &mut Vec<Column>, writer: &mut ::parquet::arrow::ArrowWriter<std::fs::File>| -> Result<(), OutputError> {
        let arrays: Vec<ArrayRef> = columns.iter_mut().map(Column::finish).collect();
        let batch = RecordBatch::try_new(schema.clone(), arrays).map_err(|e| fail(e.to_string()))?;
        writer.write(&batch).map_err(|e| fail(e.to_string()))
    };
    for row in table.rows {
        for (col, cell) in columns.iter_mut().zip(row.iter().map(String::as_str).chain(std::iter::repeat(""))) {
            col.push(cell);
        }
        rows += 1;
        if rows % ROW_GROUP == 0 {
            flush(&mut columns, &mut writer)?;
        }
    }
    if rows % ROW_GROUP != 0 || rows == 0 {
        flush(&mut columns, &mut writer)?;
    }
    writer.close().map_err(|e| fail(e.to_string()))?;
    Ok(Staged { tmp, dest })
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_array::Array;

    #[test]
    fn codes_stay_strings_and_counts_dates_and_flags_are_typed() {
        assert_eq!(column_type("code"), DataType::Utf8);
        assert_eq!(column_type("weight"), DataType::Int64);
        assert_eq!(column_type("confidence"), DataType::Float64);
        assert_eq!(column_type("negated"), DataType::Boolean);
        assert_eq!(column_type("first_date"), DataType::Date32);
        let dir = tempfile::tempdir().unwrap();
        let rows = vec![vec!["040".to_string(), "3".into(), "2019-03-27".into(), "true".into()], vec!["111".into(), "".into(), "March 2021".into(), "false".into()]];
        let table = TableData { name: "x.csv", columns: &["code", "weight", "date", "negated"], rows: Box::new(rows.into_iter()) };
        let staged = stage(dir.path(), table).unwrap();
        let file = std::fs::File::open(&staged.tmp).unwrap();
        let reader = ::parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(file).unwrap().build().unwrap();
        let batch = reader.into_iter().next().unwrap().unwrap();
        assert_eq!(batch.num_rows(), 2);
        let code = batch.column(0).as_any().downcast_ref::<arrow_array::StringArray>().unwrap();
        assert_eq!(code.value(0), "040", "a code keeps its leading zero");
        let weight = batch.column(1).as_any().downcast_ref::<arrow_array::Int64Array>().unwrap();
        assert_eq!((weight.value(0), weight.is_null(1)), (3, true));
        let date = batch.column(2).as_any().downcast_ref::<arrow_array::Date32Array>().unwrap();
        assert_eq!((date.value(0), date.is_null(1)), (17982, true), "2019-03-27 is day 17,982; an unread date is null");
    }
}
