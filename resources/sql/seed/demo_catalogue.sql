-- Demo data for Motcua Desk: organisation, counters, working hours, procedure
-- catalogue with document checklists, and the announced working calendar
-- 2025–2027 for Ho Chi Minh City's Public Administrative Service Center.
--
-- Plain PostgreSQL 15. The loader runs this file in one transaction (psql -1);
-- there is no BEGIN/COMMIT here. Ids are GENERATED ALWAYS: rows refer to each
-- other by unit code / procedure code through joins, never by id.
--
-- Provenance (see also the notes next to each block):
--   * Unit codes follow the QCVN 102:2016/BTTTT shape (H29 = TP.HCM) but are
--     ILLUSTRATIVE, not the officially assigned codes; addresses and phone
--     numbers are demo values too.
--   * Procedure codes: where a national code was found in public material it is
--     used (e.g. 1.001193 khai sinh, 2.000815 chứng thực bản sao, 1.013225 GPXD
--     mới); the others use a consistent local scheme (HT-, CT-, DD-, XD-, DN-,
--     HKD-, VL-, LLTP-, YT-, CTH-) and should be replaced by the national codes
--     when the official catalogue is imported.
--   * Processing times, fees and checklists follow the laws cited in
--     legal_basis; fees fixed by the City People's Council (lệ phí hộ tịch,
--     hộ kinh doanh, GPXD, GPLĐ, đăng ký thế chấp) are best knowledge and must
--     be checked against the current HĐND resolution before production use.
--   * "Ngay trong ngày; nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo"
--     (khai sinh, kết hôn, khai tử, trích lục, chứng thực bản sao/chữ ký, bản
--     sao từ sổ gốc, đăng ký thế chấp) is modelled as 4 working hours with a
--     15:00 cut-off: a morning dossier is due the same afternoon, one received
--     after 15:00 counts from the next opening.

------------------------------------------------------------------------------
-- 1. Units
------------------------------------------------------------------------------

INSERT INTO units (code, name, kind, parent_id, province, address, phone) VALUES
    ('000.00.31.H29', 'Trung tâm Phục vụ hành chính công Thành phố Hồ Chí Minh', 'center', NULL,
     'Thành phố Hồ Chí Minh', 'Số 1 Lê Duẩn, phường Sài Gòn, Thành phố Hồ Chí Minh', '02838221000');

INSERT INTO units (code, name, kind, parent_id, province, address, phone)
SELECT v.code, v.name, 'branch', c.id, 'Thành phố Hồ Chí Minh', v.address, v.phone
FROM (VALUES
    ('000.10.31.H29', 'Trung tâm Phục vụ hành chính công Thành phố Hồ Chí Minh – Chi nhánh Bến Thành',
     'Số 92 Lê Lợi, phường Bến Thành, Thành phố Hồ Chí Minh', '02838291010'),
    ('000.20.31.H29', 'Trung tâm Phục vụ hành chính công Thành phố Hồ Chí Minh – Chi nhánh Gò Vấp',
     'Số 19 Quang Trung, phường Gò Vấp, Thành phố Hồ Chí Minh', '02838940020'),
    ('000.30.31.H29', 'Trung tâm Phục vụ hành chính công Thành phố Hồ Chí Minh – Chi nhánh Thủ Đức',
     'Số 43 Võ Văn Ngân, phường Thủ Đức, Thành phố Hồ Chí Minh', '02837220030'),
    ('000.40.31.H29', 'Trung tâm Phục vụ hành chính công Thành phố Hồ Chí Minh – Chi nhánh Củ Chi',
     'Số 77 Tỉnh lộ 8, xã Củ Chi, Thành phố Hồ Chí Minh', '02837900040'),
    ('000.50.31.H29', 'Trung tâm Phục vụ hành chính công Thành phố Hồ Chí Minh – Chi nhánh Thủ Dầu Một',
     'Số 1 Quang Trung, phường Thủ Dầu Một, Thành phố Hồ Chí Minh', '02743820050')
) AS v(code, name, address, phone)
JOIN units c ON c.code = '000.00.31.H29';

-- Local teams (tổ tiếp nhận và trả kết quả) hang under a branch: level-4 code
-- in front of the branch code.
INSERT INTO units (code, name, kind, parent_id, province, address, phone)
SELECT v.code, v.name, 'local_team', b.id, 'Thành phố Hồ Chí Minh', v.address, v.phone
FROM (VALUES
    ('001.30.31.H29', '000.30.31.H29', 'Tổ tiếp nhận và trả kết quả phường Linh Xuân',
     'Số 2 Kha Vạn Cân, phường Linh Xuân, Thành phố Hồ Chí Minh', '02837240031'),
    ('002.30.31.H29', '000.30.31.H29', 'Tổ tiếp nhận và trả kết quả phường Tăng Nhơn Phú',
     'Số 10 Lê Văn Việt, phường Tăng Nhơn Phú, Thành phố Hồ Chí Minh', '02837300032'),
    ('001.40.31.H29', '000.40.31.H29', 'Tổ tiếp nhận và trả kết quả xã Tân An Hội',
     'Số 5 Tỉnh lộ 8, xã Tân An Hội, Thành phố Hồ Chí Minh', '02837920041'),
    ('001.20.31.H29', '000.20.31.H29', 'Tổ tiếp nhận và trả kết quả phường Hạnh Thông',
     'Số 3 Nguyễn Văn Bảo, phường Hạnh Thông, Thành phố Hồ Chí Minh', '02838950021'),
    ('001.10.31.H29', '000.10.31.H29', 'Tổ tiếp nhận và trả kết quả phường Tân Định',
     'Số 6 Trần Quang Khải, phường Tân Định, Thành phố Hồ Chí Minh', '02838200011')
) AS v(code, parent_code, name, address, phone)
JOIN units b ON b.code = v.parent_code;

-- Processing departments (cơ quan giải quyết). They are not part of the
-- center's tree, so parent_id stays NULL. Names follow the 2025 reorganisation:
-- Sở Tài nguyên và Môi trường + Sở Nông nghiệp → Sở Nông nghiệp và Môi trường;
-- Sở Kế hoạch và Đầu tư → Sở Tài chính; Sở Lao động – TB&XH (lao động, việc làm)
-- → Sở Nội vụ; lý lịch tư pháp moved from Sở Tư pháp to Công an Thành phố on
-- 1 March 2025; two-level local government (ward/commune) from 1 July 2025.
INSERT INTO units (code, name, kind, parent_id, province, address, phone) VALUES
    ('000.00.13.H29', 'Sở Tư pháp Thành phố Hồ Chí Minh', 'department', NULL,
     'Thành phố Hồ Chí Minh', 'Số 141-143 Pasteur, phường Xuân Hòa, Thành phố Hồ Chí Minh', '02838290230'),
    ('000.00.20.H29', 'Sở Nông nghiệp và Môi trường Thành phố Hồ Chí Minh', 'department', NULL,
     'Thành phố Hồ Chí Minh', 'Số 63 Lý Tự Trọng, phường Sài Gòn, Thành phố Hồ Chí Minh', '02838294390'),
    ('000.20.20.H29', 'Văn phòng Đăng ký đất đai Thành phố Hồ Chí Minh', 'department', NULL,
     'Thành phố Hồ Chí Minh', 'Số 12 Phan Đình Giót, phường Tân Sơn Hòa, Thành phố Hồ Chí Minh', '02838443160'),
    ('000.00.15.H29', 'Sở Xây dựng Thành phố Hồ Chí Minh', 'department', NULL,
     'Thành phố Hồ Chí Minh', 'Số 60 Trương Định, phường Xuân Hòa, Thành phố Hồ Chí Minh', '02839325810'),
    ('000.00.11.H29', 'Sở Tài chính Thành phố Hồ Chí Minh', 'department', NULL,
     'Thành phố Hồ Chí Minh', 'Số 32 Lê Thánh Tôn, phường Sài Gòn, Thành phố Hồ Chí Minh', '02838297750'),
    ('000.00.09.H29', 'Sở Nội vụ Thành phố Hồ Chí Minh', 'department', NULL,
     'Thành phố Hồ Chí Minh', 'Số 159 Pasteur, phường Xuân Hòa, Thành phố Hồ Chí Minh', '02838291380'),
    ('000.00.01.H29', 'Công an Thành phố Hồ Chí Minh', 'department', NULL,
     'Thành phố Hồ Chí Minh', 'Số 268 Trần Hưng Đạo, phường Cầu Ông Lãnh, Thành phố Hồ Chí Minh', '02838387500'),
    ('000.00.17.H29', 'Sở Y tế Thành phố Hồ Chí Minh', 'department', NULL,
     'Thành phố Hồ Chí Minh', 'Số 59 Nguyễn Thị Minh Khai, phường Bến Thành, Thành phố Hồ Chí Minh', '02839309912'),
    ('000.00.14.H29', 'Sở Công Thương Thành phố Hồ Chí Minh', 'department', NULL,
     'Thành phố Hồ Chí Minh', 'Số 163 Hai Bà Trưng, phường Xuân Hòa, Thành phố Hồ Chí Minh', '02838296479'),
    ('000.01.71.H29', 'Ủy ban nhân dân phường Sài Gòn', 'department', NULL,
     'Thành phố Hồ Chí Minh', 'Số 45-47 Lê Duẩn, phường Sài Gòn, Thành phố Hồ Chí Minh', '02838294501'),
    ('000.02.71.H29', 'Ủy ban nhân dân phường Bến Thành', 'department', NULL,
     'Thành phố Hồ Chí Minh', 'Số 6 Nguyễn Trung Trực, phường Bến Thành, Thành phố Hồ Chí Minh', '02838225502'),
    ('000.03.71.H29', 'Ủy ban nhân dân phường Thủ Đức', 'department', NULL,
     'Thành phố Hồ Chí Minh', 'Số 25 Võ Văn Ngân, phường Thủ Đức, Thành phố Hồ Chí Minh', '02837225503'),
    ('000.04.71.H29', 'Ủy ban nhân dân phường Gò Vấp', 'department', NULL,
     'Thành phố Hồ Chí Minh', 'Số 332 Quang Trung, phường Gò Vấp, Thành phố Hồ Chí Minh', '02838945504'),
    ('000.05.71.H29', 'Ủy ban nhân dân xã Củ Chi', 'department', NULL,
     'Thành phố Hồ Chí Minh', 'Số 1 Khu phố 7, xã Củ Chi, Thành phố Hồ Chí Minh', '02837905505');

------------------------------------------------------------------------------
-- 2. Counters: the main center 12, each branch 4–8, each local team 2.
------------------------------------------------------------------------------

INSERT INTO counters (unit_id, number, name)
SELECT u.id, n, 'Quầy ' || n
FROM (VALUES
    ('000.00.31.H29', 12),
    ('000.10.31.H29', 8),
    ('000.20.31.H29', 6),
    ('000.30.31.H29', 7),
    ('000.40.31.H29', 4),
    ('000.50.31.H29', 5),
    ('001.30.31.H29', 2),
    ('002.30.31.H29', 2),
    ('001.40.31.H29', 2),
    ('001.20.31.H29', 2),
    ('001.10.31.H29', 2)
) AS v(code, how_many)
JOIN units u ON u.code = v.code
CROSS JOIN LATERAL generate_series(1, v.how_many) AS n
ORDER BY u.code, n;

------------------------------------------------------------------------------
-- 3. Working hours (1 = Monday … 7 = Sunday)
------------------------------------------------------------------------------

-- City-wide default: Monday–Friday 07:30–11:30 and 13:00–17:00.
INSERT INTO working_hours (unit_id, weekday, starts_at, ends_at)
SELECT NULL, d, s.starts_at, s.ends_at
FROM generate_series(1, 5) AS d
CROSS JOIN (VALUES (time '07:30', time '11:30'), (time '13:00', time '17:00')) AS s(starts_at, ends_at)
ORDER BY d, s.starts_at;

-- The main center and Bến Thành also open Saturday morning. A unit with rows
-- of its own uses only those, so they get the full Monday–Saturday week.
INSERT INTO working_hours (unit_id, weekday, starts_at, ends_at)
SELECT u.id, s.weekday, s.starts_at, s.ends_at
FROM units u
CROSS JOIN (
    SELECT d AS weekday, i.starts_at, i.ends_at
    FROM generate_series(1, 5) AS d
    CROSS JOIN (VALUES (time '07:30', time '11:30'), (time '13:00', time '17:00')) AS i(starts_at, ends_at)
    UNION ALL
    SELECT 6, time '07:30', time '11:30'
) AS s
WHERE u.code IN ('000.00.31.H29', '000.10.31.H29')
ORDER BY u.code, s.weekday, s.starts_at;

------------------------------------------------------------------------------
-- 4. Procedures (version 1 of each)
------------------------------------------------------------------------------

INSERT INTO procedures (code, version, name, sector, processing_value, processing_unit, cutoff_time,
                        fee, fee_note, department_id, legal_basis, effective_from)
SELECT v.code, 1, v.name, v.sector, v.pval, v.punit, v.cutoff::time,
       v.fee, v.fee_note, d.id, v.legal_basis, v.effective_from::date
FROM (VALUES
    -- Hộ tịch (UBND cấp xã). Times: Luật Hộ tịch 2014 arts. 16, 18, 28, 34;
    -- Nghị định 123/2015/NĐ-CP arts. 22, 27; the national catalogue entry for
    -- 1.001193 reads "ngay trong ngày; nhận sau 15 giờ … ngày làm việc tiếp theo".
    ('1.001193', 'Thủ tục đăng ký khai sinh', 'Hộ tịch',
     4, 'working_hours', '15:00', 0,
     'Miễn lệ phí đăng ký khai sinh đúng hạn; khai sinh quá hạn thu theo Nghị quyết của HĐND Thành phố; bản sao Giấy khai sinh 8.000 đồng/bản',
     '000.02.71.H29', 'Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP; Thông tư 04/2020/TT-BTP', '2025-07-01'),
    ('1.000894', 'Thủ tục đăng ký kết hôn', 'Hộ tịch',
     4, 'working_hours', '15:00', 0,
     'Miễn lệ phí đăng ký kết hôn giữa công dân Việt Nam cư trú trong nước; trường hợp cần xác minh thì không quá 05 ngày làm việc',
     '000.02.71.H29', 'Luật Hôn nhân và gia đình 2014; Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP; Thông tư 04/2020/TT-BTP', '2025-07-01'),
    ('1.000656', 'Thủ tục đăng ký khai tử', 'Hộ tịch',
     4, 'working_hours', '15:00', 0,
     'Miễn lệ phí đăng ký khai tử đúng hạn (trong 15 ngày kể từ ngày chết); trường hợp cần xác minh thì không quá 03 ngày làm việc',
     '000.02.71.H29', 'Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP; Thông tư 04/2020/TT-BTP', '2025-07-01'),
    ('1.004873', 'Thủ tục cấp Giấy xác nhận tình trạng hôn nhân', 'Hộ tịch',
     3, 'working_days', NULL, 0,
     'Lệ phí theo Nghị quyết của HĐND Thành phố (miễn cho người thuộc gia đình có công, hộ nghèo, người khuyết tật)',
     '000.02.71.H29', 'Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP (Điều 21–23); Thông tư 04/2020/TT-BTP', '2025-07-01'),
    ('2.000635', 'Thủ tục cấp bản sao Trích lục hộ tịch', 'Hộ tịch',
     4, 'working_hours', '15:00', 8000,
     'Phí cấp bản sao trích lục hộ tịch 8.000 đồng/bản',
     '000.02.71.H29', 'Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP; Thông tư 281/2016/TT-BTC', '2025-07-01'),
    ('HT-06', 'Thủ tục đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch', 'Hộ tịch',
     3, 'working_days', NULL, 0,
     'Lệ phí theo Nghị quyết của HĐND Thành phố; trường hợp cần xác minh thì kéo dài không quá 03 ngày làm việc',
     '000.02.71.H29', 'Luật Hộ tịch 2014 (Điều 26–28); Nghị định 123/2015/NĐ-CP; Thông tư 04/2020/TT-BTP', '2025-07-01'),
    ('1.004884', 'Thủ tục đăng ký lại khai sinh', 'Hộ tịch',
     5, 'working_days', NULL, 0,
     'Lệ phí theo Nghị quyết của HĐND Thành phố; trường hợp cần xác minh thì kéo dài không quá 05 ngày làm việc',
     '000.02.71.H29', 'Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP (Điều 24–27); Thông tư 04/2020/TT-BTP', '2025-07-01'),
    ('HT-08', 'Thủ tục đăng ký nhận cha, mẹ, con', 'Hộ tịch',
     3, 'working_days', NULL, 0,
     'Lệ phí theo Nghị quyết của HĐND Thành phố; trường hợp cần xác minh thì kéo dài không quá 05 ngày làm việc',
     '000.02.71.H29', 'Luật Hộ tịch 2014 (Điều 24–25); Nghị định 123/2015/NĐ-CP; Thông tư 04/2020/TT-BTP', '2025-07-01'),

    -- Chứng thực (Nghị định 23/2015/NĐ-CP art. 7: bản sao, chữ ký "trong ngày,
    -- sau 15 giờ thì ngày làm việc tiếp theo"; hợp đồng, giao dịch "không quá 02
    -- ngày làm việc", so no cut-off there). Fees: Thông tư 226/2016/TT-BTC.
    ('2.000815', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận', 'Chứng thực',
     4, 'working_hours', '15:00', 2000,
     '2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản',
     '000.01.71.H29', 'Nghị định 23/2015/NĐ-CP; Thông tư 01/2020/TT-BTP; Thông tư 226/2016/TT-BTC', '2025-07-01'),
    ('2.000884', 'Chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)', 'Chứng thực',
     4, 'working_hours', '15:00', 10000,
     '10.000 đồng/trường hợp',
     '000.01.71.H29', 'Nghị định 23/2015/NĐ-CP; Thông tư 01/2020/TT-BTP; Thông tư 226/2016/TT-BTC', '2025-07-01'),
    ('CT-03', 'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở', 'Chứng thực',
     2, 'working_days', NULL, 50000,
     '50.000 đồng/hợp đồng, giao dịch; sửa đổi, bổ sung 30.000 đồng; hủy bỏ 25.000 đồng',
     '000.01.71.H29', 'Bộ luật Dân sự 2015; Luật Đất đai 2024; Nghị định 23/2015/NĐ-CP; Thông tư 226/2016/TT-BTC', '2025-07-01'),
    ('CT-04', 'Cấp bản sao từ sổ gốc', 'Chứng thực',
     4, 'working_hours', '15:00', 0,
     'Không thu phí, lệ phí',
     '000.01.71.H29', 'Nghị định 23/2015/NĐ-CP (Điều 16–17); Thông tư 01/2020/TT-BTP', '2025-07-01'),

    -- Đất đai (Luật Đất đai 2024; Nghị định 101/2024/NĐ-CP on registration and
    -- certificates; Nghị định 151/2025/NĐ-CP on two-level competence).
    ('DD-01', 'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong trường hợp chuyển nhượng, tặng cho, thừa kế', 'Đất đai',
     10, 'working_days', NULL, 0,
     'Lệ phí cấp Giấy chứng nhận và phí thẩm định hồ sơ theo Nghị quyết của HĐND Thành phố; lệ phí trước bạ và thuế thu nhập cá nhân nộp theo thông báo của cơ quan thuế',
     '000.20.20.H29', 'Luật Đất đai 2024; Nghị định 101/2024/NĐ-CP; Nghị định 151/2025/NĐ-CP', '2025-07-01'),
    ('DD-02', 'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 'Đất đai',
     7, 'working_days', NULL, 0,
     'Lệ phí cấp đổi Giấy chứng nhận theo Nghị quyết của HĐND Thành phố',
     '000.20.20.H29', 'Luật Đất đai 2024; Nghị định 101/2024/NĐ-CP; Nghị định 151/2025/NĐ-CP', '2025-07-01'),
    ('DD-03', 'Cấp lại Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do bị mất', 'Đất đai',
     10, 'working_days', NULL, 0,
     'Lệ phí theo Nghị quyết của HĐND Thành phố; thời hạn không tính thời gian niêm yết, đăng tin về việc mất Giấy chứng nhận',
     '000.20.20.H29', 'Luật Đất đai 2024; Nghị định 101/2024/NĐ-CP; Nghị định 151/2025/NĐ-CP', '2025-07-01'),
    ('DD-04', 'Tách thửa hoặc hợp thửa đất', 'Đất đai',
     15, 'working_days', NULL, 0,
     'Phí đo đạc, lệ phí cấp Giấy chứng nhận theo Nghị quyết của HĐND Thành phố',
     '000.20.20.H29', 'Luật Đất đai 2024 (Điều 220); Nghị định 101/2024/NĐ-CP; quy định của UBND Thành phố về điều kiện tách thửa', '2025-07-01'),
    ('DD-05', 'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với cá nhân, hộ gia đình', 'Đất đai',
     20, 'working_days', NULL, 0,
     'Lệ phí cấp Giấy chứng nhận theo Nghị quyết của HĐND Thành phố; tiền sử dụng đất (nếu có) theo thông báo của cơ quan thuế',
     '000.20.20.H29', 'Luật Đất đai 2024; Nghị định 101/2024/NĐ-CP; Nghị định 151/2025/NĐ-CP', '2025-07-01'),
    ('DD-06', 'Chuyển mục đích sử dụng đất đối với cá nhân, hộ gia đình', 'Đất đai',
     15, 'working_days', NULL, 0,
     'Tiền sử dụng đất theo thông báo của cơ quan thuế; thời hạn không tính thời gian thực hiện nghĩa vụ tài chính',
     '000.05.71.H29', 'Luật Đất đai 2024 (Điều 116, 121, 123); Nghị định 102/2024/NĐ-CP; Nghị định 151/2025/NĐ-CP', '2025-07-01'),
    ('DD-07', 'Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất', 'Đất đai',
     4, 'working_hours', '15:00', 80000,
     'Phí đăng ký thế chấp theo Nghị quyết của HĐND Thành phố; trường hợp phải kéo dài thì không quá 03 ngày làm việc',
     '000.20.20.H29', 'Bộ luật Dân sự 2015; Luật Đất đai 2024; Nghị định 99/2022/NĐ-CP', '2025-07-01'),

    -- Xây dựng (Luật Xây dựng 2014 sửa đổi 2020, art. 102: 15 ngày nhà ở
    -- riêng lẻ, 20 ngày công trình; gia hạn, cấp lại 05 ngày làm việc).
    ('1.013225', 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', 'Xây dựng',
     15, 'working_days', NULL, 75000,
     'Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ 75.000 đồng/giấy phép',
     '000.04.71.H29', 'Luật Xây dựng 2014 (sửa đổi 2020); Nghị định 175/2024/NĐ-CP', '2025-07-01'),
    ('1.013226', 'Cấp điều chỉnh giấy phép xây dựng đối với nhà ở riêng lẻ', 'Xây dựng',
     15, 'working_days', NULL, 75000,
     'Lệ phí 75.000 đồng/giấy phép',
     '000.04.71.H29', 'Luật Xây dựng 2014 (sửa đổi 2020); Nghị định 175/2024/NĐ-CP', '2025-07-01'),
    ('1.013227', 'Gia hạn giấy phép xây dựng đối với nhà ở riêng lẻ', 'Xây dựng',
     5, 'working_days', NULL, 15000,
     'Lệ phí gia hạn 15.000 đồng/giấy phép',
     '000.04.71.H29', 'Luật Xây dựng 2014 (sửa đổi 2020); Nghị định 175/2024/NĐ-CP', '2025-07-01'),
    ('XD-04', 'Cấp giấy phép xây dựng mới đối với công trình cấp II, cấp III (công trình không theo tuyến)', 'Xây dựng',
     20, 'working_days', NULL, 150000,
     'Lệ phí cấp giấy phép xây dựng công trình 150.000 đồng/giấy phép',
     '000.00.15.H29', 'Luật Xây dựng 2014 (sửa đổi 2020); Nghị định 175/2024/NĐ-CP', '2025-07-01'),

    -- Thành lập và hoạt động doanh nghiệp (Luật Doanh nghiệp 2020, art. 26:
    -- 03 ngày làm việc; Nghị định 168/2025/NĐ-CP; fees Thông tư 47/2019/TT-BTC).
    ('DN-01', 'Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên', 'Thành lập và hoạt động doanh nghiệp',
     3, 'working_days', NULL, 50000,
     'Lệ phí đăng ký doanh nghiệp 50.000 đồng (miễn khi nộp qua mạng); phí công bố nội dung đăng ký doanh nghiệp 100.000 đồng',
     '000.00.11.H29', 'Luật Doanh nghiệp 2020 (sửa đổi 2025); Nghị định 168/2025/NĐ-CP; Thông tư 47/2019/TT-BTC', '2025-07-01'),
    ('DN-02', 'Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên', 'Thành lập và hoạt động doanh nghiệp',
     3, 'working_days', NULL, 50000,
     'Lệ phí đăng ký doanh nghiệp 50.000 đồng (miễn khi nộp qua mạng); phí công bố nội dung đăng ký doanh nghiệp 100.000 đồng',
     '000.00.11.H29', 'Luật Doanh nghiệp 2020 (sửa đổi 2025); Nghị định 168/2025/NĐ-CP; Thông tư 47/2019/TT-BTC', '2025-07-01'),
    ('DN-03', 'Đăng ký thành lập công ty cổ phần', 'Thành lập và hoạt động doanh nghiệp',
     3, 'working_days', NULL, 50000,
     'Lệ phí đăng ký doanh nghiệp 50.000 đồng (miễn khi nộp qua mạng); phí công bố nội dung đăng ký doanh nghiệp 100.000 đồng',
     '000.00.11.H29', 'Luật Doanh nghiệp 2020 (sửa đổi 2025); Nghị định 168/2025/NĐ-CP; Thông tư 47/2019/TT-BTC', '2025-07-01'),
    ('DN-04', 'Đăng ký thay đổi người đại diện theo pháp luật của công ty trách nhiệm hữu hạn, công ty cổ phần', 'Thành lập và hoạt động doanh nghiệp',
     3, 'working_days', NULL, 50000,
     'Lệ phí đăng ký 50.000 đồng (miễn khi nộp qua mạng); phí công bố nội dung thay đổi 100.000 đồng',
     '000.00.11.H29', 'Luật Doanh nghiệp 2020 (sửa đổi 2025); Nghị định 168/2025/NĐ-CP; Thông tư 47/2019/TT-BTC', '2025-07-01'),
    ('DN-05', 'Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của doanh nghiệp', 'Thành lập và hoạt động doanh nghiệp',
     3, 'working_days', NULL, 0,
     'Không thu lệ phí; thông báo chậm nhất 03 ngày làm việc trước ngày tạm ngừng',
     '000.00.11.H29', 'Luật Doanh nghiệp 2020 (Điều 206); Nghị định 168/2025/NĐ-CP', '2025-07-01'),

    -- Hộ kinh doanh (registered at the commune level since 1 July 2025).
    ('HKD-01', 'Đăng ký thành lập hộ kinh doanh', 'Thành lập và hoạt động của hộ kinh doanh',
     3, 'working_days', NULL, 100000,
     'Lệ phí đăng ký hộ kinh doanh theo Nghị quyết của HĐND Thành phố',
     '000.03.71.H29', 'Nghị định 168/2025/NĐ-CP; Nghị quyết của HĐND Thành phố về lệ phí đăng ký hộ kinh doanh', '2025-07-01'),
    ('HKD-02', 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh', 'Thành lập và hoạt động của hộ kinh doanh',
     3, 'working_days', NULL, 50000,
     'Lệ phí đăng ký thay đổi theo Nghị quyết của HĐND Thành phố',
     '000.03.71.H29', 'Nghị định 168/2025/NĐ-CP; Nghị quyết của HĐND Thành phố về lệ phí đăng ký hộ kinh doanh', '2025-07-01'),

    -- Việc làm (Sở Nội vụ after the 2025 merger).
    ('1.014199', 'Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', 'Việc làm',
     10, 'working_days', NULL, 600000,
     'Lệ phí cấp giấy phép lao động theo Nghị quyết của HĐND Thành phố',
     '000.00.09.H29', 'Bộ luật Lao động 2019 (Điều 151–157); Nghị định 219/2025/NĐ-CP', '2025-08-07'),
    ('1.014201', 'Gia hạn giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', 'Việc làm',
     10, 'working_days', NULL, 450000,
     'Lệ phí gia hạn giấy phép lao động theo Nghị quyết của HĐND Thành phố',
     '000.00.09.H29', 'Bộ luật Lao động 2019 (Điều 155); Nghị định 219/2025/NĐ-CP', '2025-08-07'),
    ('VL-03', 'Giải quyết hưởng trợ cấp thất nghiệp', 'Việc làm',
     20, 'working_days', NULL, 0,
     'Không thu phí, lệ phí; nộp hồ sơ trong 03 tháng kể từ ngày chấm dứt hợp đồng lao động',
     '000.00.09.H29', 'Luật Việc làm 2013; Nghị định 28/2015/NĐ-CP; Nghị định 61/2020/NĐ-CP', '2025-07-01'),

    -- Lý lịch tư pháp (Công an Thành phố since 1 March 2025). Luật Lý lịch tư
    -- pháp 2009 art. 48: không quá 10 ngày; fees Thông tư 244/2016/TT-BTC.
    ('LLTP-01', 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam', 'Lý lịch tư pháp',
     10, 'working_days', NULL, 200000,
     '200.000 đồng/lần; sinh viên, người có công với cách mạng, thân nhân liệt sĩ 100.000 đồng; từ Phiếu thứ 3 trở đi thu thêm 5.000 đồng/Phiếu; cần xác minh thì không quá 15 ngày',
     '000.00.01.H29', 'Luật Lý lịch tư pháp 2009; Nghị định 111/2010/NĐ-CP; Thông tư 244/2016/TT-BTC', '2025-03-01'),

    -- Y tế, an toàn thực phẩm (Nghị định 15/2018/NĐ-CP; fees Thông tư 67/2021/TT-BTC).
    ('YT-01', 'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống', 'An toàn thực phẩm',
     20, 'working_days', NULL, 700000,
     'Phí thẩm định 700.000 đồng/lần (phục vụ dưới 200 suất ăn); 1.000.000 đồng/lần (từ 200 suất ăn trở lên)',
     '000.00.17.H29', 'Luật An toàn thực phẩm 2010; Nghị định 15/2018/NĐ-CP; Thông tư 67/2021/TT-BTC', '2025-07-01'),

    -- Công Thương, lưu thông hàng hóa (Nghị định 105/2017/NĐ-CP sửa đổi bởi
    -- Nghị định 17/2020/NĐ-CP; fees Thông tư 168/2016/TT-BTC).
    ('CTH-01', 'Cấp Giấy phép bán buôn sản phẩm rượu', 'Lưu thông hàng hóa trong nước',
     15, 'working_days', NULL, 2200000,
     'Phí thẩm định cấp giấy phép bán buôn rượu tại thành phố trực thuộc Trung ương',
     '000.00.14.H29', 'Luật Phòng, chống tác hại của rượu, bia 2019; Nghị định 105/2017/NĐ-CP; Nghị định 17/2020/NĐ-CP; Thông tư 168/2016/TT-BTC', '2025-07-01')
) AS v(code, name, sector, pval, punit, cutoff, fee, fee_note, dept_code, legal_basis, effective_from)
JOIN units d ON d.code = v.dept_code AND d.kind = 'department';

------------------------------------------------------------------------------
-- 5. Checklist items (thành phần hồ sơ). alt_group labels alternatives: one
-- item of the group is enough. Counts: originals / certified copies /
-- photocopies to hand in (photocopy = bản chụp kèm bản chính để đối chiếu).
------------------------------------------------------------------------------

INSERT INTO checklist_items (procedure_id, position, name, required, alt_group,
                             originals, certified_copies, photocopies, note)
SELECT p.id, v.pos, v.name, v.req, v.alt, v.o, v.c, v.ph, v.note
FROM (VALUES
    -- 1.001193 Đăng ký khai sinh
    ('1.001193', 1, 'Tờ khai đăng ký khai sinh theo mẫu', true, NULL::text, 1, 0, 0, ''),
    ('1.001193', 2, 'Giấy chứng sinh', true, 'chung_minh_viec_sinh', 1, 0, 0, 'Bản chính do cơ sở y tế cấp'),
    ('1.001193', 3, 'Văn bản của người làm chứng xác nhận về việc sinh', true, 'chung_minh_viec_sinh', 1, 0, 0, 'Khi không có Giấy chứng sinh'),
    ('1.001193', 4, 'Giấy cam đoan về việc sinh', true, 'chung_minh_viec_sinh', 1, 0, 0, 'Khi không có Giấy chứng sinh và người làm chứng'),
    ('1.001193', 5, 'Căn cước công dân/thẻ căn cước của người đi đăng ký', true, 'giay_to_tuy_than', 0, 0, 0, 'Xuất trình'),
    ('1.001193', 6, 'Hộ chiếu còn giá trị của người đi đăng ký', true, 'giay_to_tuy_than', 0, 0, 0, 'Xuất trình'),
    ('1.001193', 7, 'Giấy chứng nhận kết hôn của cha, mẹ trẻ', false, NULL, 0, 0, 0, 'Xuất trình nếu cha, mẹ đã đăng ký kết hôn'),
    ('1.001193', 8, 'Văn bản ủy quyền được chứng thực', false, NULL, 1, 0, 0, 'Khi ủy quyền; không cần nếu người được ủy quyền là ông, bà, người thân thích'),

    -- 1.000894 Đăng ký kết hôn
    ('1.000894', 1, 'Tờ khai đăng ký kết hôn theo mẫu', true, NULL, 1, 0, 0, 'Hai bên có thể dùng chung một tờ khai'),
    ('1.000894', 2, 'Căn cước công dân/thẻ căn cước của hai bên nam, nữ', true, 'giay_to_tuy_than', 0, 0, 0, 'Xuất trình'),
    ('1.000894', 3, 'Hộ chiếu còn giá trị của hai bên nam, nữ', true, 'giay_to_tuy_than', 0, 0, 0, 'Xuất trình'),
    ('1.000894', 4, 'Giấy xác nhận tình trạng hôn nhân', false, NULL, 1, 0, 0, 'Khi người yêu cầu không cư trú tại nơi đăng ký kết hôn và không khai thác được dữ liệu'),
    ('1.000894', 5, 'Trích lục ghi chú ly hôn hoặc bản án, quyết định ly hôn đã có hiệu lực', false, NULL, 0, 1, 0, 'Khi một bên đã ly hôn ở nước ngoài hoặc chưa ghi vào sổ hộ tịch'),

    -- 1.000656 Đăng ký khai tử
    ('1.000656', 1, 'Tờ khai đăng ký khai tử theo mẫu', true, NULL, 1, 0, 0, ''),
    ('1.000656', 2, 'Giấy báo tử hoặc giấy tờ thay thế Giấy báo tử', true, NULL, 1, 0, 0, 'Do cơ sở y tế, cơ quan có thẩm quyền cấp'),
    ('1.000656', 3, 'Căn cước công dân/thẻ căn cước của người đi đăng ký', true, 'giay_to_tuy_than', 0, 0, 0, 'Xuất trình'),
    ('1.000656', 4, 'Hộ chiếu còn giá trị của người đi đăng ký', true, 'giay_to_tuy_than', 0, 0, 0, 'Xuất trình'),
    ('1.000656', 5, 'Văn bản ủy quyền được chứng thực', false, NULL, 1, 0, 0, 'Khi ủy quyền'),

    -- 1.004873 Xác nhận tình trạng hôn nhân
    ('1.004873', 1, 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu', true, NULL, 1, 0, 0, 'Ghi rõ mục đích sử dụng'),
    ('1.004873', 2, 'Căn cước công dân/thẻ căn cước của người yêu cầu', true, 'giay_to_tuy_than', 0, 0, 0, 'Xuất trình'),
    ('1.004873', 3, 'Hộ chiếu còn giá trị của người yêu cầu', true, 'giay_to_tuy_than', 0, 0, 0, 'Xuất trình'),
    ('1.004873', 4, 'Bản án, quyết định ly hôn đã có hiệu lực hoặc giấy chứng tử của vợ/chồng', false, NULL, 0, 1, 0, 'Khi đã có vợ/chồng nhưng đã ly hôn hoặc người kia đã chết'),
    ('1.004873', 5, 'Giấy xác nhận tình trạng hôn nhân đã cấp trước đây', false, NULL, 1, 0, 0, 'Nộp lại khi yêu cầu cấp lại để sử dụng vào mục đích khác hoặc đã hết hạn'),

    -- 2.000635 Bản sao trích lục hộ tịch
    ('2.000635', 1, 'Tờ khai cấp bản sao trích lục hộ tịch theo mẫu', true, NULL, 1, 0, 0, ''),
    ('2.000635', 2, 'Căn cước công dân/thẻ căn cước của người yêu cầu', true, 'giay_to_tuy_than', 0, 0, 0, 'Xuất trình'),
    ('2.000635', 3, 'Hộ chiếu còn giá trị của người yêu cầu', true, 'giay_to_tuy_than', 0, 0, 0, 'Xuất trình'),
    ('2.000635', 4, 'Văn bản ủy quyền được chứng thực', false, NULL, 1, 0, 0, 'Khi ủy quyền; không cần nếu là cha, mẹ, vợ, chồng, con, anh chị em ruột'),

    -- HT-06 Thay đổi, cải chính, bổ sung thông tin hộ tịch
    ('HT-06', 1, 'Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch theo mẫu', true, NULL, 1, 0, 0, ''),
    ('HT-06', 2, 'Giấy khai sinh hoặc giấy tờ hộ tịch cần thay đổi, cải chính', true, NULL, 1, 0, 0, 'Bản chính'),
    ('HT-06', 3, 'Giấy tờ làm căn cứ cho việc thay đổi, cải chính, bổ sung', true, NULL, 0, 1, 0, 'Ví dụ: học bạ, bằng tốt nghiệp, hồ sơ đảng viên'),
    ('HT-06', 4, 'Văn bản đồng ý của cha, mẹ (người dưới 18 tuổi) hoặc của người được thay đổi (từ đủ 9 tuổi)', false, NULL, 1, 0, 0, 'Khi thay đổi họ, tên cho người chưa thành niên'),
    ('HT-06', 5, 'Căn cước công dân/thẻ căn cước hoặc hộ chiếu của người yêu cầu', true, NULL, 0, 0, 0, 'Xuất trình'),

    -- 1.004884 Đăng ký lại khai sinh
    ('1.004884', 1, 'Tờ khai đăng ký lại khai sinh theo mẫu', true, NULL, 1, 0, 0, ''),
    ('1.004884', 2, 'Bản sao Giấy khai sinh trước đây', true, 'giay_to_khai_sinh_cu', 0, 0, 1, 'Nếu còn giữ'),
    ('1.004884', 3, 'Giấy tờ, tài liệu có nội dung khai sinh (học bạ, hồ sơ nhân sự, sổ hộ khẩu cũ…)', true, 'giay_to_khai_sinh_cu', 0, 1, 0, 'Khi không còn bản sao Giấy khai sinh'),
    ('1.004884', 4, 'Văn bản cam đoan về việc đã đăng ký khai sinh nhưng không lưu giữ được bản sao', false, NULL, 1, 0, 0, ''),
    ('1.004884', 5, 'Căn cước công dân/thẻ căn cước hoặc hộ chiếu của người yêu cầu', true, NULL, 0, 0, 0, 'Xuất trình'),

    -- HT-08 Nhận cha, mẹ, con
    ('HT-08', 1, 'Tờ khai đăng ký nhận cha, mẹ, con theo mẫu', true, NULL, 1, 0, 0, 'Hai bên cùng có mặt'),
    ('HT-08', 2, 'Văn bản của cơ sở y tế hoặc cơ quan giám định xác nhận quan hệ cha, mẹ, con', true, 'chung_cu_quan_he', 1, 1, 0, 'Bản chính hoặc bản sao chứng thực'),
    ('HT-08', 3, 'Thư từ, phim ảnh, băng đĩa, đồ dùng, vật dụng chứng minh quan hệ và văn bản cam đoan có ít nhất hai người làm chứng', true, 'chung_cu_quan_he', 1, 0, 0, 'Khi không có văn bản giám định'),
    ('HT-08', 4, 'Căn cước công dân/thẻ căn cước hoặc hộ chiếu của hai bên', true, NULL, 0, 0, 0, 'Xuất trình'),

    -- 2.000815 Chứng thực bản sao từ bản chính
    ('2.000815', 1, 'Bản chính giấy tờ, văn bản cần chứng thực bản sao', true, NULL, 1, 0, 0, 'Xuất trình để đối chiếu'),
    ('2.000815', 2, 'Bản sao cần chứng thực', true, NULL, 0, 0, 1, 'Người yêu cầu tự chụp; cơ quan chụp thì thu chi phí chụp'),
    ('2.000815', 3, 'Giấy tờ đã được hợp pháp hóa lãnh sự', false, NULL, 1, 0, 0, 'Khi bản chính do cơ quan nước ngoài cấp'),

    -- 2.000884 Chứng thực chữ ký
    ('2.000884', 1, 'Giấy tờ, văn bản cần chứng thực chữ ký', true, NULL, 1, 0, 0, 'Người yêu cầu ký trước mặt người thực hiện chứng thực'),
    ('2.000884', 2, 'Căn cước công dân/thẻ căn cước của người yêu cầu chứng thực', true, 'giay_to_tuy_than', 0, 0, 1, 'Bản chụp kèm bản chính để đối chiếu'),
    ('2.000884', 3, 'Hộ chiếu còn giá trị của người yêu cầu chứng thực', true, 'giay_to_tuy_than', 0, 0, 1, 'Bản chụp kèm bản chính để đối chiếu'),

    -- CT-03 Chứng thực hợp đồng, giao dịch
    ('CT-03', 1, 'Dự thảo hợp đồng, giao dịch', true, NULL, 1, 0, 0, 'Số bản theo yêu cầu của các bên'),
    ('CT-03', 2, 'Căn cước công dân/thẻ căn cước hoặc hộ chiếu của người yêu cầu chứng thực', true, NULL, 0, 0, 1, 'Bản chụp kèm bản chính để đối chiếu'),
    ('CT-03', 3, 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở, tài sản gắn liền với đất', true, 'giay_to_tai_san', 0, 0, 1, 'Bản chụp kèm bản chính để đối chiếu'),
    ('CT-03', 4, 'Giấy chứng nhận đăng ký xe hoặc giấy tờ chứng minh quyền sở hữu, quyền sử dụng tài sản khác', true, 'giay_to_tai_san', 0, 0, 1, 'Đối với hợp đồng, giao dịch về động sản'),
    ('CT-03', 5, 'Giấy chứng nhận kết hôn hoặc giấy xác nhận tình trạng hôn nhân', false, NULL, 0, 0, 1, 'Khi cần xác định tài sản chung, tài sản riêng'),

    -- CT-04 Cấp bản sao từ sổ gốc
    ('CT-04', 1, 'Văn bản yêu cầu cấp bản sao từ sổ gốc', true, NULL, 1, 0, 0, 'Khi gửi qua bưu chính kèm phong bì ghi địa chỉ người nhận'),
    ('CT-04', 2, 'Căn cước công dân/thẻ căn cước của người yêu cầu', true, 'giay_to_tuy_than', 0, 0, 0, 'Xuất trình'),
    ('CT-04', 3, 'Hộ chiếu còn giá trị của người yêu cầu', true, 'giay_to_tuy_than', 0, 0, 0, 'Xuất trình'),
    ('CT-04', 4, 'Giấy tờ chứng minh quan hệ với người được cấp bản chính', false, NULL, 0, 0, 1, 'Khi người yêu cầu là người thừa kế, người có quyền, lợi ích liên quan'),

    -- DD-01 Đăng ký biến động (chuyển nhượng, tặng cho, thừa kế)
    ('DD-01', 1, 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 11/ĐK)', true, NULL, 1, 0, 0, ''),
    ('DD-01', 2, 'Giấy chứng nhận đã cấp', true, NULL, 1, 0, 0, 'Bản gốc'),
    ('DD-01', 3, 'Hợp đồng, văn bản chuyển nhượng, tặng cho quyền sử dụng đất đã công chứng hoặc chứng thực', true, 'van_ban_chuyen_quyen', 1, 0, 0, ''),
    ('DD-01', 4, 'Văn bản khai nhận hoặc phân chia di sản thừa kế đã công chứng, chứng thực', true, 'van_ban_chuyen_quyen', 1, 0, 0, 'Đối với trường hợp thừa kế'),
    ('DD-01', 5, 'Tờ khai lệ phí trước bạ', true, NULL, 1, 0, 0, ''),
    ('DD-01', 6, 'Tờ khai thuế thu nhập cá nhân', true, NULL, 1, 0, 0, 'Hoặc giấy tờ chứng minh thuộc diện miễn thuế'),
    ('DD-01', 7, 'Giấy tờ chứng minh thuộc đối tượng được miễn, giảm nghĩa vụ tài chính', false, NULL, 0, 1, 0, ''),

    -- DD-02 Cấp đổi Giấy chứng nhận
    ('DD-02', 1, 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 11/ĐK)', true, NULL, 1, 0, 0, 'Ghi rõ lý do cấp đổi'),
    ('DD-02', 2, 'Giấy chứng nhận đã cấp', true, NULL, 1, 0, 0, 'Bản gốc'),
    ('DD-02', 3, 'Mảnh trích đo bản đồ địa chính thửa đất', false, NULL, 1, 0, 0, 'Khi cấp đổi do đo đạc lại'),
    ('DD-02', 4, 'Hợp đồng thế chấp và văn bản đồng ý của bên nhận thế chấp', false, NULL, 0, 1, 0, 'Khi quyền sử dụng đất đang thế chấp'),

    -- DD-03 Cấp lại Giấy chứng nhận do bị mất
    ('DD-03', 1, 'Đơn đề nghị cấp lại Giấy chứng nhận (Mẫu số 11/ĐK)', true, NULL, 1, 0, 0, ''),
    ('DD-03', 2, 'Giấy xác nhận của UBND cấp xã về việc đã niêm yết thông báo mất Giấy chứng nhận', true, 'xac_nhan_mat_giay', 1, 0, 0, 'Thời gian niêm yết 15 ngày'),
    ('DD-03', 3, 'Giấy tờ chứng minh đã đăng tin mất Giấy chứng nhận trên phương tiện thông tin đại chúng', true, 'xac_nhan_mat_giay', 1, 0, 0, 'Đối với tổ chức'),
    ('DD-03', 4, 'Giấy xác nhận của cơ quan có thẩm quyền về việc mất do thiên tai, hỏa hoạn', false, NULL, 1, 0, 0, 'Trường hợp mất do thiên tai, hỏa hoạn'),

    -- DD-04 Tách thửa, hợp thửa
    ('DD-04', 1, 'Đơn đề nghị tách thửa đất, hợp thửa đất (Mẫu số 01/ĐK-TTHT)', true, NULL, 1, 0, 0, ''),
    ('DD-04', 2, 'Bản vẽ tách thửa đất, hợp thửa đất do đơn vị đo đạc lập', true, NULL, 1, 0, 0, ''),
    ('DD-04', 3, 'Giấy chứng nhận đã cấp', true, NULL, 1, 0, 0, 'Bản gốc'),
    ('DD-04', 4, 'Văn bản thỏa thuận phân chia quyền sử dụng đất hoặc bản án, quyết định của Tòa án', false, NULL, 0, 1, 0, 'Khi tách thửa để phân chia'),

    -- DD-05 Đăng ký, cấp Giấy chứng nhận lần đầu
    ('DD-05', 1, 'Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu số 04/ĐK)', true, NULL, 1, 0, 0, ''),
    ('DD-05', 2, 'Giấy tờ về quyền sử dụng đất theo Điều 137 Luật Đất đai', true, 'giay_to_nguon_goc_dat', 0, 1, 0, 'Nếu có'),
    ('DD-05', 3, 'Văn bản xác nhận nguồn gốc, thời điểm sử dụng đất ổn định của UBND cấp xã', true, 'giay_to_nguon_goc_dat', 1, 0, 0, 'Khi không có giấy tờ về quyền sử dụng đất'),
    ('DD-05', 4, 'Giấy tờ về quyền sở hữu tài sản gắn liền với đất', false, NULL, 0, 1, 0, 'Khi đăng ký cả tài sản gắn liền với đất'),
    ('DD-05', 5, 'Sơ đồ nhà ở, công trình xây dựng', false, NULL, 1, 0, 0, 'Khi giấy tờ về tài sản không có sơ đồ'),
    ('DD-05', 6, 'Chứng từ thực hiện nghĩa vụ tài chính hoặc giấy tờ miễn, giảm', false, NULL, 0, 1, 0, ''),

    -- DD-06 Chuyển mục đích sử dụng đất
    ('DD-06', 1, 'Đơn xin chuyển mục đích sử dụng đất (Mẫu số 02c)', true, NULL, 1, 0, 0, ''),
    ('DD-06', 2, 'Giấy chứng nhận quyền sử dụng đất đã cấp', true, NULL, 1, 0, 0, 'Bản gốc'),
    ('DD-06', 3, 'Căn cước công dân/thẻ căn cước hoặc hộ chiếu của người sử dụng đất', true, NULL, 0, 0, 1, 'Bản chụp kèm bản chính để đối chiếu'),

    -- DD-07 Đăng ký thế chấp
    ('DD-07', 1, 'Phiếu yêu cầu đăng ký thế chấp (Mẫu số 01a)', true, NULL, 1, 0, 0, ''),
    ('DD-07', 2, 'Hợp đồng thế chấp quyền sử dụng đất, tài sản gắn liền với đất đã công chứng hoặc chứng thực', true, 'hop_dong_the_chap', 1, 0, 0, ''),
    ('DD-07', 3, 'Hợp đồng thế chấp có chứng thực chữ ký số của các bên', true, 'hop_dong_the_chap', 0, 1, 0, 'Trường hợp pháp luật không bắt buộc công chứng'),
    ('DD-07', 4, 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', true, NULL, 1, 0, 0, 'Bản gốc'),
    ('DD-07', 5, 'Văn bản ủy quyền', false, NULL, 1, 0, 0, 'Khi người yêu cầu đăng ký là người được ủy quyền'),

    -- 1.013225 Cấp GPXD mới nhà ở riêng lẻ
    ('1.013225', 1, 'Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01 Phụ lục II Nghị định 175/2024/NĐ-CP)', true, NULL, 1, 0, 0, ''),
    ('1.013225', 2, 'Giấy tờ chứng minh quyền sử dụng đất', true, NULL, 0, 1, 0, 'Hoặc bản sao điện tử có chứng thực'),
    ('1.013225', 3, 'Bản vẽ thiết kế xây dựng: mặt bằng vị trí, mặt bằng, mặt cắt, mặt đứng, móng, đấu nối hạ tầng', true, NULL, 2, 0, 0, '02 bộ'),
    ('1.013225', 4, 'Bản kê khai năng lực của tổ chức, cá nhân thiết kế', false, NULL, 1, 0, 0, 'Khi thiết kế không do tổ chức có chứng chỉ năng lực lập'),
    ('1.013225', 5, 'Văn bản cam kết bảo đảm an toàn cho công trình liền kề', false, NULL, 1, 0, 0, 'Khi công trình có tầng hầm hoặc xây chen'),

    -- 1.013226 Điều chỉnh GPXD
    ('1.013226', 1, 'Đơn đề nghị điều chỉnh giấy phép xây dựng', true, NULL, 1, 0, 0, ''),
    ('1.013226', 2, 'Giấy phép xây dựng đã được cấp', true, NULL, 1, 0, 0, 'Bản chính'),
    ('1.013226', 3, 'Bản vẽ thiết kế điều chỉnh', true, NULL, 2, 0, 0, '02 bộ'),
    ('1.013226', 4, 'Báo cáo kết quả thẩm định thiết kế điều chỉnh', false, NULL, 0, 1, 0, 'Khi thay đổi kết cấu chịu lực'),

    -- 1.013227 Gia hạn GPXD
    ('1.013227', 1, 'Đơn đề nghị gia hạn giấy phép xây dựng', true, NULL, 1, 0, 0, 'Nộp trước thời điểm giấy phép hết hiệu lực khởi công 30 ngày'),
    ('1.013227', 2, 'Giấy phép xây dựng đã được cấp', true, NULL, 1, 0, 0, 'Bản chính'),
    ('1.013227', 3, 'Căn cước công dân/thẻ căn cước hoặc hộ chiếu của chủ đầu tư', true, NULL, 0, 0, 1, 'Bản chụp kèm bản chính để đối chiếu'),

    -- XD-04 GPXD công trình
    ('XD-04', 1, 'Đơn đề nghị cấp giấy phép xây dựng', true, NULL, 1, 0, 0, ''),
    ('XD-04', 2, 'Giấy tờ chứng minh quyền sử dụng đất', true, NULL, 0, 1, 0, ''),
    ('XD-04', 3, 'Quyết định phê duyệt dự án và văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng', true, NULL, 0, 1, 0, ''),
    ('XD-04', 4, 'Văn bản thẩm duyệt thiết kế về phòng cháy, chữa cháy', false, NULL, 0, 1, 0, 'Khi công trình thuộc diện phải thẩm duyệt'),
    ('XD-04', 5, 'Bản vẽ thiết kế xây dựng', true, NULL, 2, 0, 0, '02 bộ'),
    ('XD-04', 6, 'Chứng chỉ năng lực của tổ chức thiết kế', true, NULL, 0, 1, 0, ''),

    -- DN-01 TNHH một thành viên
    ('DN-01', 1, 'Giấy đề nghị đăng ký doanh nghiệp', true, NULL, 1, 0, 0, ''),
    ('DN-01', 2, 'Điều lệ công ty', true, NULL, 1, 0, 0, ''),
    ('DN-01', 3, 'Bản sao giấy tờ pháp lý của cá nhân là người đại diện theo pháp luật', true, NULL, 0, 1, 0, ''),
    ('DN-01', 4, 'Bản sao giấy tờ pháp lý của chủ sở hữu là cá nhân', true, 'chu_so_huu', 0, 1, 0, 'Chủ sở hữu là cá nhân'),
    ('DN-01', 5, 'Bản sao giấy tờ pháp lý của tổ chức chủ sở hữu và văn bản cử người đại diện theo ủy quyền', true, 'chu_so_huu', 0, 1, 0, 'Chủ sở hữu là tổ chức'),
    ('DN-01', 6, 'Giấy chứng nhận đăng ký đầu tư', false, NULL, 0, 1, 0, 'Khi nhà đầu tư nước ngoài thành lập'),

    -- DN-02 TNHH hai thành viên trở lên
    ('DN-02', 1, 'Giấy đề nghị đăng ký doanh nghiệp', true, NULL, 1, 0, 0, ''),
    ('DN-02', 2, 'Điều lệ công ty', true, NULL, 1, 0, 0, ''),
    ('DN-02', 3, 'Danh sách thành viên', true, NULL, 1, 0, 0, ''),
    ('DN-02', 4, 'Bản sao giấy tờ pháp lý của người đại diện theo pháp luật và của thành viên là cá nhân', true, NULL, 0, 1, 0, ''),
    ('DN-02', 5, 'Bản sao giấy tờ pháp lý của thành viên là tổ chức và văn bản cử người đại diện theo ủy quyền', false, NULL, 0, 1, 0, 'Khi có thành viên là tổ chức'),

    -- DN-03 Công ty cổ phần
    ('DN-03', 1, 'Giấy đề nghị đăng ký doanh nghiệp', true, NULL, 1, 0, 0, ''),
    ('DN-03', 2, 'Điều lệ công ty', true, NULL, 1, 0, 0, ''),
    ('DN-03', 3, 'Danh sách cổ đông sáng lập', true, NULL, 1, 0, 0, ''),
    ('DN-03', 4, 'Danh sách cổ đông là nhà đầu tư nước ngoài', false, NULL, 1, 0, 0, 'Khi có cổ đông là nhà đầu tư nước ngoài'),
    ('DN-03', 5, 'Bản sao giấy tờ pháp lý của người đại diện theo pháp luật và cổ đông sáng lập là cá nhân', true, NULL, 0, 1, 0, ''),
    ('DN-03', 6, 'Bản sao giấy tờ pháp lý của cổ đông sáng lập là tổ chức và văn bản cử người đại diện theo ủy quyền', false, NULL, 0, 1, 0, 'Khi có cổ đông sáng lập là tổ chức'),

    -- DN-04 Thay đổi người đại diện theo pháp luật
    ('DN-04', 1, 'Thông báo thay đổi người đại diện theo pháp luật', true, NULL, 1, 0, 0, 'Do Chủ tịch công ty/Chủ tịch Hội đồng thành viên/Hội đồng quản trị ký'),
    ('DN-04', 2, 'Bản sao giấy tờ pháp lý của người được bổ nhiệm làm người đại diện theo pháp luật', true, NULL, 0, 1, 0, ''),
    ('DN-04', 3, 'Nghị quyết, quyết định và biên bản họp về việc thay đổi người đại diện theo pháp luật', true, NULL, 1, 0, 0, ''),
    ('DN-04', 4, 'Văn bản ủy quyền cho người đi nộp hồ sơ', false, NULL, 1, 0, 0, 'Kèm giấy tờ pháp lý của người được ủy quyền'),

    -- DN-05 Tạm ngừng kinh doanh
    ('DN-05', 1, 'Thông báo về việc tạm ngừng kinh doanh/tiếp tục kinh doanh trước thời hạn đã thông báo', true, NULL, 1, 0, 0, ''),
    ('DN-05', 2, 'Nghị quyết, quyết định và biên bản họp của Hội đồng thành viên/Đại hội đồng cổ đông', true, 'quyet_dinh_tam_ngung', 1, 0, 0, 'Công ty TNHH hai thành viên trở lên, công ty cổ phần'),
    ('DN-05', 3, 'Quyết định của chủ sở hữu công ty', true, 'quyet_dinh_tam_ngung', 1, 0, 0, 'Công ty TNHH một thành viên'),
    ('DN-05', 4, 'Văn bản ủy quyền cho người đi nộp hồ sơ', false, NULL, 1, 0, 0, ''),

    -- HKD-01 Thành lập hộ kinh doanh
    ('HKD-01', 1, 'Giấy đề nghị đăng ký hộ kinh doanh', true, NULL, 1, 0, 0, ''),
    ('HKD-01', 2, 'Căn cước công dân/thẻ căn cước của chủ hộ kinh doanh', true, 'giay_to_tuy_than', 0, 1, 0, ''),
    ('HKD-01', 3, 'Hộ chiếu còn giá trị của chủ hộ kinh doanh', true, 'giay_to_tuy_than', 0, 1, 0, ''),
    ('HKD-01', 4, 'Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh', false, NULL, 1, 0, 0, 'Khi các thành viên hộ gia đình cùng đăng ký'),
    ('HKD-01', 5, 'Văn bản ủy quyền cho chủ hộ của thành viên hộ gia đình', false, NULL, 0, 1, 0, ''),

    -- HKD-02 Thay đổi nội dung hộ kinh doanh
    ('HKD-02', 1, 'Thông báo thay đổi nội dung đăng ký hộ kinh doanh', true, NULL, 1, 0, 0, ''),
    ('HKD-02', 2, 'Giấy chứng nhận đăng ký hộ kinh doanh đã cấp', true, NULL, 1, 0, 0, 'Bản gốc'),
    ('HKD-02', 3, 'Căn cước công dân/thẻ căn cước hoặc hộ chiếu của chủ hộ kinh doanh mới', false, NULL, 0, 1, 0, 'Khi thay đổi chủ hộ kinh doanh'),
    ('HKD-02', 4, 'Hợp đồng tặng cho, mua bán hoặc văn bản thỏa thuận thay đổi chủ hộ', false, NULL, 0, 1, 0, 'Khi thay đổi chủ hộ kinh doanh'),

    -- 1.014199 Cấp giấy phép lao động
    ('1.014199', 1, 'Văn bản đề nghị cấp giấy phép lao động của người sử dụng lao động', true, NULL, 1, 0, 0, ''),
    ('1.014199', 2, 'Giấy chứng nhận sức khỏe hoặc giấy khám sức khỏe', true, NULL, 1, 0, 0, 'Cấp trong 12 tháng'),
    ('1.014199', 3, 'Phiếu lý lịch tư pháp hoặc văn bản xác nhận không phải là người đang chấp hành hình phạt', true, NULL, 0, 1, 0, 'Cấp không quá 6 tháng; hợp pháp hóa lãnh sự, dịch tiếng Việt'),
    ('1.014199', 4, 'Văn bản, giấy tờ chứng minh là nhà quản lý, giám đốc điều hành, chuyên gia hoặc lao động kỹ thuật', true, NULL, 0, 1, 0, 'Hợp pháp hóa lãnh sự, dịch tiếng Việt'),
    ('1.014199', 5, 'Ảnh màu 4 cm x 6 cm, phông nền trắng', true, NULL, 2, 0, 0, 'Chụp không quá 6 tháng'),
    ('1.014199', 6, 'Hộ chiếu còn giá trị', true, NULL, 0, 1, 0, ''),
    ('1.014199', 7, 'Văn bản chấp thuận nhu cầu sử dụng người lao động nước ngoài', true, NULL, 0, 1, 0, 'Trừ trường hợp không phải báo cáo giải trình'),

    -- 1.014201 Gia hạn giấy phép lao động
    ('1.014201', 1, 'Văn bản đề nghị gia hạn giấy phép lao động của người sử dụng lao động', true, NULL, 1, 0, 0, 'Nộp trước ngày hết hạn ít nhất 10 ngày, không quá 45 ngày'),
    ('1.014201', 2, 'Giấy phép lao động còn hiệu lực đã được cấp', true, NULL, 1, 0, 0, ''),
    ('1.014201', 3, 'Giấy chứng nhận sức khỏe hoặc giấy khám sức khỏe', true, NULL, 1, 0, 0, ''),
    ('1.014201', 4, 'Ảnh màu 4 cm x 6 cm, phông nền trắng', true, NULL, 2, 0, 0, ''),
    ('1.014201', 5, 'Hộ chiếu còn giá trị', true, NULL, 0, 1, 0, ''),
    ('1.014201', 6, 'Giấy tờ chứng minh người lao động nước ngoài tiếp tục làm việc theo văn bản chấp thuận', true, NULL, 0, 1, 0, ''),

    -- VL-03 Trợ cấp thất nghiệp
    ('VL-03', 1, 'Đề nghị hưởng trợ cấp thất nghiệp theo mẫu', true, NULL, 1, 0, 0, ''),
    ('VL-03', 2, 'Hợp đồng lao động đã hết hạn hoặc quyết định thôi việc, sa thải, văn bản chấm dứt hợp đồng lao động', true, 'cham_dut_hdld', 1, 1, 0, 'Bản chính hoặc bản sao có chứng thực'),
    ('VL-03', 3, 'Xác nhận của người sử dụng lao động về việc chấm dứt hợp đồng lao động', true, 'cham_dut_hdld', 1, 0, 0, 'Khi không có văn bản chấm dứt'),
    ('VL-03', 4, 'Sổ bảo hiểm xã hội', true, NULL, 1, 0, 0, 'Đã chốt quá trình đóng bảo hiểm thất nghiệp'),
    ('VL-03', 5, 'Căn cước công dân/thẻ căn cước của người lao động', true, NULL, 0, 0, 0, 'Xuất trình'),

    -- LLTP-01 Phiếu lý lịch tư pháp
    ('LLTP-01', 1, 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp theo mẫu', true, NULL, 1, 0, 0, 'Mẫu riêng khi ủy quyền yêu cầu Phiếu số 1'),
    ('LLTP-01', 2, 'Căn cước công dân/thẻ căn cước của người được cấp Phiếu', true, 'giay_to_tuy_than', 0, 0, 1, 'Bản chụp kèm bản chính để đối chiếu'),
    ('LLTP-01', 3, 'Hộ chiếu còn giá trị của người được cấp Phiếu', true, 'giay_to_tuy_than', 0, 0, 1, 'Bản chụp kèm bản chính để đối chiếu'),
    ('LLTP-01', 4, 'Văn bản ủy quyền được công chứng, chứng thực', false, NULL, 1, 0, 0, 'Khi ủy quyền; không cần nếu là cha, mẹ, vợ, chồng, con; không áp dụng cho Phiếu số 2'),
    ('LLTP-01', 5, 'Giấy tờ chứng minh thuộc đối tượng được giảm, miễn phí', false, NULL, 0, 0, 1, 'Thẻ sinh viên, giấy chứng nhận người có công…'),

    -- YT-01 Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm
    ('YT-01', 1, 'Đơn đề nghị cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', true, NULL, 1, 0, 0, ''),
    ('YT-01', 2, 'Bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ bảo đảm điều kiện vệ sinh an toàn thực phẩm', true, NULL, 1, 0, 0, ''),
    ('YT-01', 3, 'Giấy xác nhận đủ sức khỏe của chủ cơ sở và người trực tiếp chế biến, kinh doanh', true, NULL, 0, 1, 0, 'Do cơ sở y tế cấp huyện trở lên cấp'),
    ('YT-01', 4, 'Giấy xác nhận đã được tập huấn kiến thức an toàn thực phẩm', true, NULL, 0, 1, 0, ''),
    ('YT-01', 5, 'Giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh có ngành nghề kinh doanh dịch vụ ăn uống', true, NULL, 0, 0, 1, 'Bản chụp có xác nhận của cơ sở'),

    -- CTH-01 Giấy phép bán buôn rượu
    ('CTH-01', 1, 'Đơn đề nghị cấp Giấy phép bán buôn sản phẩm rượu', true, NULL, 1, 0, 0, ''),
    ('CTH-01', 2, 'Giấy chứng nhận đăng ký doanh nghiệp', true, NULL, 0, 1, 0, ''),
    ('CTH-01', 3, 'Hợp đồng, văn bản giới thiệu, thư xác nhận của nhà cung cấp sản phẩm rượu', true, NULL, 0, 1, 0, ''),
    ('CTH-01', 4, 'Tài liệu chứng minh quyền sử dụng kho hàng hoặc hợp đồng thuê kho', true, NULL, 0, 1, 0, 'Diện tích tối thiểu theo quy định'),
    ('CTH-01', 5, 'Bản cam kết bảo đảm tuân thủ điều kiện về phòng cháy, chữa cháy, bảo vệ môi trường', true, NULL, 1, 0, 0, '')
) AS v(code, pos, name, req, alt, o, c, ph, note)
JOIN procedures p ON p.code = v.code AND p.version = 1
ORDER BY v.code, v.pos;

------------------------------------------------------------------------------
-- 6. Working calendar (unit_id NULL = every unit)
--
-- 2025, as announced: Công văn 8726/VPCP-KGVX (26/11/2024) and Thông báo
--   6150/TB-BLĐTBXH: Tết Ất Tỵ 25/1–2/2 (9 days: 5 Tết days 27–31/1 + 4 weekly
--   rest days, no make-up); 30/4–4/5 with Friday 2/5 swapped to Saturday
--   26/4; Quốc khánh 30/8–2/9 (1/9 + 2/9). Giỗ Tổ 10/3 Ất Tỵ = Monday 7/4.
-- 2026, as announced: Công văn 12729/VPCP-KGVX (25/12/2025): Tết Dương lịch
--   1/1–4/1 with Friday 2/1 swapped to Saturday 10/1. Thủ tướng's decision of
--   October 2025 on the MOHA proposal: Tết Bính Ngọ 14/2–22/2 (5 Tết days
--   16–20/2 + 4 weekly rest days); Quốc khánh 29/8–2/9 with Monday 31/8
--   swapped to Saturday 22/8. Giỗ Tổ 10/3 Bính Ngọ = Sunday 26/4 → nghỉ bù
--   Monday 27/4 (Labour Code art. 111–112). 30/4 and 1/5 are Thursday/Friday.
--   An earlier MOHA proposal circulated with 31/8–3/9 for 2025 Quốc khánh;
--   the announced schedule (30/8–2/9) is used.
-- 2027: NOT announced yet — every row is marked "dự kiến". Lunar dates come
--   from the Vietnamese calendar (UTC+7): Tết Đinh Mùi = Saturday 6/2/2027,
--   Giỗ Tổ = Friday 16/4/2027. The Tết block follows the 2024 precedent (Tết
--   also on a Saturday: off Thursday 28 Chạp to Wednesday mùng 5); Quốc khánh
--   takes Friday 3/9 as the adjacent day (2021 precedent); 1/5 falls on a
--   Saturday → nghỉ bù Monday 3/5.
-- Not included: "Ngày Văn hóa Việt Nam" 24/11 — chosen by Nghị quyết
--   80-NQ/TW (January 2026) as a paid day off, but it becomes a holiday only
--   once Labour Code art. 112 is amended; add it then.
-- Only days that change a Monday–Friday schedule (plus holidays that fall on a
-- weekend and cause a nghỉ bù) are listed. Units open on Saturday (main
-- center, Bến Thành) would also close on the Saturdays inside a long break
-- (e.g. 25/1 and 1/2/2025); add unit-specific rows for them if wanted.
------------------------------------------------------------------------------

INSERT INTO calendar_days (day, unit_id, type, note)
SELECT v.day::date, NULL, v.type, v.note
FROM (VALUES
    -- 2025
    ('2025-01-01', 'holiday', 'Tết Dương lịch'),
    ('2025-01-27', 'holiday', 'Tết Nguyên đán Ất Tỵ (28 tháng Chạp)'),
    ('2025-01-28', 'holiday', 'Tết Nguyên đán Ất Tỵ (29 tháng Chạp)'),
    ('2025-01-29', 'holiday', 'Tết Nguyên đán Ất Tỵ (mùng 1 Tết)'),
    ('2025-01-30', 'holiday', 'Tết Nguyên đán Ất Tỵ (mùng 2 Tết)'),
    ('2025-01-31', 'holiday', 'Tết Nguyên đán Ất Tỵ (mùng 3 Tết)'),
    ('2025-04-07', 'holiday', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
    ('2025-04-26', 'makeup_workday', 'Làm bù cho ngày thứ Sáu 2/5/2025'),
    ('2025-04-30', 'holiday', 'Ngày Chiến thắng (30/4)'),
    ('2025-05-01', 'holiday', 'Ngày Quốc tế Lao động (1/5)'),
    ('2025-05-02', 'compensatory_off', 'Nghỉ hoán đổi dịp 30/4–1/5 (làm bù thứ Bảy 26/4/2025)'),
    ('2025-09-01', 'holiday', 'Quốc khánh (ngày liền kề 2/9)'),
    ('2025-09-02', 'holiday', 'Quốc khánh (2/9)'),
    -- 2026
    ('2026-01-01', 'holiday', 'Tết Dương lịch'),
    ('2026-01-02', 'compensatory_off', 'Nghỉ hoán đổi Tết Dương lịch (làm bù thứ Bảy 10/1/2026)'),
    ('2026-01-10', 'makeup_workday', 'Làm bù cho ngày thứ Sáu 2/1/2026'),
    ('2026-02-16', 'holiday', 'Tết Nguyên đán Bính Ngọ (29 tháng Chạp)'),
    ('2026-02-17', 'holiday', 'Tết Nguyên đán Bính Ngọ (mùng 1 Tết)'),
    ('2026-02-18', 'holiday', 'Tết Nguyên đán Bính Ngọ (mùng 2 Tết)'),
    ('2026-02-19', 'holiday', 'Tết Nguyên đán Bính Ngọ (mùng 3 Tết)'),
    ('2026-02-20', 'holiday', 'Tết Nguyên đán Bính Ngọ (mùng 4 Tết)'),
    ('2026-04-26', 'holiday', 'Giỗ Tổ Hùng Vương (10/3 âm lịch, trùng Chủ nhật)'),
    ('2026-04-27', 'compensatory_off', 'Nghỉ bù Giỗ Tổ Hùng Vương'),
    ('2026-04-30', 'holiday', 'Ngày Chiến thắng (30/4)'),
    ('2026-05-01', 'holiday', 'Ngày Quốc tế Lao động (1/5)'),
    ('2026-08-22', 'makeup_workday', 'Làm bù cho ngày thứ Hai 31/8/2026'),
    ('2026-08-31', 'compensatory_off', 'Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/8/2026)'),
    ('2026-09-01', 'holiday', 'Quốc khánh (ngày liền kề 2/9)'),
    ('2026-09-02', 'holiday', 'Quốc khánh (2/9)'),
    -- 2027 (dự kiến: chưa có thông báo chính thức)
    ('2027-01-01', 'holiday', 'Tết Dương lịch (dự kiến)'),
    ('2027-02-04', 'holiday', 'Tết Nguyên đán Đinh Mùi (28 tháng Chạp) – dự kiến'),
    ('2027-02-05', 'holiday', 'Tết Nguyên đán Đinh Mùi (29 tháng Chạp) – dự kiến'),
    ('2027-02-08', 'holiday', 'Tết Nguyên đán Đinh Mùi (mùng 3 Tết) – dự kiến'),
    ('2027-02-09', 'holiday', 'Tết Nguyên đán Đinh Mùi (mùng 4 Tết) – dự kiến'),
    ('2027-02-10', 'holiday', 'Tết Nguyên đán Đinh Mùi (mùng 5 Tết) – dự kiến'),
    ('2027-04-16', 'holiday', 'Giỗ Tổ Hùng Vương (10/3 âm lịch) – dự kiến'),
    ('2027-04-30', 'holiday', 'Ngày Chiến thắng (30/4) – dự kiến'),
    ('2027-05-01', 'holiday', 'Ngày Quốc tế Lao động (1/5, trùng thứ Bảy) – dự kiến'),
    ('2027-05-03', 'compensatory_off', 'Nghỉ bù ngày Quốc tế Lao động – dự kiến'),
    ('2027-09-02', 'holiday', 'Quốc khánh (2/9) – dự kiến'),
    ('2027-09-03', 'holiday', 'Quốc khánh (ngày liền kề 2/9) – dự kiến')
) AS v(day, type, note)
ORDER BY v.day;
